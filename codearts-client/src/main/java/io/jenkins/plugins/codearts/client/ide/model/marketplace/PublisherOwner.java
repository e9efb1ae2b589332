package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An owner of a marketplace publisher.
 *
 * @param domainId account id.
 * @param extensionCount extension count.
 * @param role role.
 * @param roleId role id.
 * @param roleValue role value.
 * @param userId user id.
 * @param userName user name.
 */
public record PublisherOwner(
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("extension_count") Integer extensionCount,
        @JsonProperty("role") String role,
        @JsonProperty("role_id") Long roleId,
        @JsonProperty("role_value") String roleValue,
        @JsonProperty("user_id") String userId,
        @JsonProperty("user_name") String userName) {
}
