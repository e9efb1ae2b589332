package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A star rating.
 *
 * @param id id.
 * @param extensionId extension id.
 * @param comment comment.
 * @param stars stars.
 * @param createTime creation time.
 * @param lastUpdated last update.
 * @param status status, e.g. VALIDATED.
 * @param commentator author.
 */
public record ExtensionStar(
        @JsonProperty("id") Long id,
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("comment") String comment,
        @JsonProperty("stars") Integer stars,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("last_updated") String lastUpdated,
        @JsonProperty("status") String status,
        @JsonProperty("commentator") Commentator commentator) {
}
