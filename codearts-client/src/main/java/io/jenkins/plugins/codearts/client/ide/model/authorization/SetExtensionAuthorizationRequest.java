package io.jenkins.plugins.codearts.client.ide.model.authorization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of setExtensionAuthorization (doc B 4.5.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param extensionVersion plug-in version (mandatory).
 * @param identifier publisher.extensionName, e.g. redhat.java (mandatory).
 * @param instanceId instance id.
 * @param status AGREE, REJECT or UNKNOWN (ask again next time) (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetExtensionAuthorizationRequest(
        @JsonProperty("extension_version") String extensionVersion,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("status") ExtensionAuthorizationStatus status) {

    public SetExtensionAuthorizationRequest {
        RequiredFields.check(extensionVersion, "extension_version", "setExtensionAuthorization", "SetExtensionAuthorizationRequest");
        RequiredFields.check(identifier, "identifier", "setExtensionAuthorization", "SetExtensionAuthorizationRequest");
        RequiredFields.check(status, "status", "setExtensionAuthorization", "SetExtensionAuthorizationRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SetExtensionAuthorizationRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String extensionVersion;
        private String identifier;
        private String instanceId;
        private ExtensionAuthorizationStatus status;

        private Builder() {
        }

        public Builder extensionVersion(String extensionVersion) {
            this.extensionVersion = extensionVersion;
            return this;
        }

        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        public Builder status(ExtensionAuthorizationStatus status) {
            this.status = status;
            return this;
        }

        public SetExtensionAuthorizationRequest build() {
            return new SetExtensionAuthorizationRequest(extensionVersion, identifier, instanceId, status);
        }
    }
}
