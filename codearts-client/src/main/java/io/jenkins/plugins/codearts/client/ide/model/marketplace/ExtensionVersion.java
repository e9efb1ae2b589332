package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A version of an extension (ExtensionVersionSnake).
 *
 * @param id version id.
 * @param version version.
 * @param versionRanking ranking.
 * @param status INIT, VALIDATING, REJECTED, PUBLISHED, OFFLINE, ABANDONED, GRAY_INIT, GRAYED or GRAY_REJECTED.
 * @param versionStatus same values as status.
 * @param assetUri asset URI.
 * @param lastUpdated last update.
 * @param files files.
 * @param validateMessage validation message.
 * @param versionValidateStatus NONE, UPLOADING, VALIDATING, OFFLINING, ONLINING or UMS_VALIDATING.
 * @param displayName display name.
 * @param description description.
 * @param minIdeVersion minimum IDE version.
 * @param maxIdeVersion maximum IDE version.
 * @param versionDate version date.
 * @param preview preview flag.
 * @param extensionPack extension pack.
 * @param extensionDependencies dependencies.
 * @param createdAt creation time.
 * @param supportIde supported IDE.
 * @param repoUrl repository URL.
 * @param helpPage help page.
 * @param website website.
 * @param issueLink issue link.
 * @param assetSize asset size.
 * @param depends dependencies.
 * @param propertyList properties.
 * @param uploader uploader.
 * @param extensionId extension id.
 */
public record ExtensionVersion(
        @JsonProperty("id") String id,
        @JsonProperty("version") String version,
        @JsonProperty("version_ranking") Long versionRanking,
        @JsonProperty("status") ExtensionVersionStatus status,
        @JsonProperty("version_status") ExtensionVersionStatus versionStatus,
        @JsonProperty("asset_uri") String assetUri,
        @JsonProperty("last_updated") String lastUpdated,
        @JsonProperty("files") List<ExtensionFile> files,
        @JsonProperty("validate_message") String validateMessage,
        @JsonProperty("version_validate_status") String versionValidateStatus,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("description") String description,
        @JsonProperty("min_ide_version") String minIdeVersion,
        @JsonProperty("max_ide_version") String maxIdeVersion,
        @JsonProperty("version_date") String versionDate,
        @JsonProperty("preview") Boolean preview,
        @JsonProperty("extension_pack") String extensionPack,
        @JsonProperty("extension_dependencies") String extensionDependencies,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("support_ide") Integer supportIde,
        @JsonProperty("repo_url") String repoUrl,
        @JsonProperty("help_page") String helpPage,
        @JsonProperty("website") String website,
        @JsonProperty("issue_link") String issueLink,
        @JsonProperty("asset_size") Long assetSize,
        @JsonProperty("depends") List<String> depends,
        @JsonProperty("property_list") List<ExtensionProperty> propertyList,
        @JsonProperty("uploader") String uploader,
        @JsonProperty("extension_id") String extensionId) {
}
