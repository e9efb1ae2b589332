package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Brief information read from an uploaded package.
 *
 * @param publisherSnake publisher.
 * @param identifier identifier.
 * @param logUrl logo URL.
 * @param displayName display name.
 * @param platform platform.
 * @param version version.
 * @param description description.
 */
public record ExtensionBriefInfo(
        @JsonProperty("publisherSnake") PublisherSnake publisherSnake,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("logUrl") String logUrl,
        @JsonProperty("displayName") String displayName,
        @JsonProperty("platform") String platform,
        @JsonProperty("version") String version,
        @JsonProperty("description") String description) {
}
