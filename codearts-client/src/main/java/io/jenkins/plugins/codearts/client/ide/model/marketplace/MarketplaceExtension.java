package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An extension (ExtensionAllSnake).
 *
 * @param extensionId extension id.
 * @param extensionName extension name.
 * @param displayName display name.
 * @param flags flags bitmask.
 * @param lastUpdated last update.
 * @param publishedDate publication date.
 * @param releaseDate release date.
 * @param shortDescription short description.
 * @param tags tags.
 * @param tagAllList all tags.
 * @param publisher publisher.
 * @param arch architectures.
 * @param target target client.
 * @param categories categories.
 * @param categoryAllList all categories.
 * @param publishManager publish manager.
 * @param status INIT, NORMAL, OFFLINE, ABANDONED or GRAYED.
 * @param validateStatus NONE or VALIDATING.
 * @param installCount install count.
 * @param averageStar average stars.
 * @param identifier identifier.
 * @param supportOs supported operating systems.
 * @param supportIde supported IDE. Also read as {@code support_id}.
 * @param supportIdeInfo supported IDE description. Also read as {@code support_id_info}.
 * @param versions versions.
 * @param validateResult validation result.
 * @param extensionStatistics statistics.
 * @param preview preview flag.
 * @param extInfo links.
 * @param platform platform.
 * @param checkResult check result.
 * @param grayVersionCount grey version count.
 * @param extensionOwner owner.
 */
public record MarketplaceExtension(
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("extension_name") String extensionName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("flags") Integer flags,
        @JsonProperty("last_updated") String lastUpdated,
        @JsonProperty("published_date") String publishedDate,
        @JsonProperty("release_date") String releaseDate,
        @JsonProperty("short_description") String shortDescription,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("tag_all_list") List<String> tagAllList,
        @JsonProperty("publisher") PublisherSnake publisher,
        @JsonProperty("arch") List<String> arch,
        @JsonProperty("target") String target,
        @JsonProperty("categories") List<String> categories,
        @JsonProperty("category_all_list") List<String> categoryAllList,
        @JsonProperty("publish_manager") PublisherSnake publishManager,
        @JsonProperty("status") ExtensionStatus status,
        @JsonProperty("validate_status") String validateStatus,
        @JsonProperty("install_count") Integer installCount,
        @JsonProperty("average_star") Double averageStar,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("support_os") List<String> supportOs,
        @JsonProperty("support_ide") @JsonAlias({"support_id"}) Integer supportIde,
        @JsonProperty("support_ide_info") @JsonAlias({"support_id_info"}) String supportIdeInfo,
        @JsonProperty("versions") List<ExtensionVersion> versions,
        @JsonProperty("validate_result") String validateResult,
        @JsonProperty("extension_statistics") ExtensionStatistics extensionStatistics,
        @JsonProperty("preview") Boolean preview,
        @JsonProperty("ext_info") ExtensionInfo extInfo,
        @JsonProperty("platform") String platform,
        @JsonProperty("check_result") ExtensionCheckResult checkResult,
        @JsonProperty("gray_version_count") Integer grayVersionCount,
        @JsonProperty("extension_owner") String extensionOwner) {
}
