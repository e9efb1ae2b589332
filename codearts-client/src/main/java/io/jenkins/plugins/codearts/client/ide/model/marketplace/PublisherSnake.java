package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A marketplace publisher as embedded in extensions.
 *
 * @param publisherId publisher id (a number in the query example).
 * @param publisherName publisher name.
 * @param displayName display name.
 * @param publisherStatus DISABLED or VERIFIED.
 * @param email e-mail.
 * @param webUrl website.
 * @param open whether it is open.
 */
public record PublisherSnake(
        @JsonProperty("publisher_id") String publisherId,
        @JsonProperty("publisher_name") String publisherName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("publisher_status") String publisherStatus,
        @JsonProperty("email") String email,
        @JsonProperty("web_url") String webUrl,
        @JsonProperty("open") Boolean open) {
}
