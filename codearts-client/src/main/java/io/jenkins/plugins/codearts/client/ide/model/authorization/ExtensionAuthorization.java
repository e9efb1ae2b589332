package io.jenkins.plugins.codearts.client.ide.model.authorization;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Authorisation state of a plug-in in an instance (doc B 4.5.1).
 *
 * @param identifier publisher.extensionName.
 * @param instanceId instance id.
 * @param extensionVersion plug-in version.
 * @param status AGREE, REJECT or UNKNOWN.
 */
public record ExtensionAuthorization(
        @JsonProperty("identifier") String identifier,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("extension_version") String extensionVersion,
        @JsonProperty("status") ExtensionAuthorizationStatus status) {
}
