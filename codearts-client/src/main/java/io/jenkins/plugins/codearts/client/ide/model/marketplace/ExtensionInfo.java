package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Links of an extension.
 *
 * @param extensionId extension id.
 * @param repoUrl repository URL.
 * @param helpPage help page.
 * @param website website.
 * @param issueLink issue link.
 * @param showPreviews whether previews are shown.
 * @param createdAt creation time.
 * @param updatedAt update time.
 */
public record ExtensionInfo(
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("repo_url") String repoUrl,
        @JsonProperty("help_page") String helpPage,
        @JsonProperty("website") String website,
        @JsonProperty("issue_link") String issueLink,
        @JsonProperty("show_previews") Boolean showPreviews,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
