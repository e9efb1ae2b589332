package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A publisher (PublisherVO).
 *
 * @param publisherUniqueId publisher unique id.
 * @param userId user id.
 * @param tenantId tenant id.
 * @param description description.
 * @param logoUrl logo URL.
 * @param website website.
 * @param supportUrl support URL.
 * @param sourceUrl source URL.
 * @param enName English name.
 * @param name name.
 * @param authStatus authentication status, e.g. processing.
 * @param isDelete deletion flag.
 * @param lastUpdateUserName last updater name.
 * @param lastUpdateUserId last updater id.
 * @param lastUpdateTime last update time.
 */
public record Publisher(
        @JsonProperty("publisher_unique_id") String publisherUniqueId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("description") String description,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("website") String website,
        @JsonProperty("support_url") String supportUrl,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("en_name") String enName,
        @JsonProperty("name") String name,
        @JsonProperty("auth_status") String authStatus,
        @JsonProperty("is_delete") Integer isDelete,
        @JsonProperty("last_update_user_name") String lastUpdateUserName,
        @JsonProperty("last_update_user_id") String lastUpdateUserId,
        @JsonProperty("last_update_time") String lastUpdateTime) {
}
