package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A plug-in version (PluginBasicVO).
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param version version.
 * @param versionDescription version description.
 * @param description description.
 * @param versionAttribute init, formal or draft. Also read as {@code version_attribution}.
 * @param uniqueId unique id.
 * @param opUser last operator.
 * @param opTime last operation time, epoch ms as a string.
 * @param pluginCompositionType single or multi.
 * @param pluginAttribute custom or official. Also read as {@code plugin_attribution}.
 * @param workspaceId workspace (tenant) id.
 * @param businessType business type.
 * @param businessTypeDisplayName business type display name.
 * @param maintainers maintainers.
 * @param iconUrl icon URL.
 * @param referCount reference count.
 * @param usageCount usage count.
 * @param runtimeAttribute runtime, e.g. agent. Also read as {@code runtime_attribution}.
 * @param active 1 active, 0 inactive.
 */
public record PluginBasic(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("version") String version,
        @JsonProperty("version_description") String versionDescription,
        @JsonProperty("description") String description,
        @JsonProperty("version_attribute") @JsonAlias({"version_attribution"}) String versionAttribute,
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("op_user") String opUser,
        @JsonProperty("op_time") String opTime,
        @JsonProperty("plugin_composition_type") String pluginCompositionType,
        @JsonProperty("plugin_attribute") @JsonAlias({"plugin_attribution"}) String pluginAttribute,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("business_type_display_name") String businessTypeDisplayName,
        @JsonProperty("maintainers") String maintainers,
        @JsonProperty("icon_url") String iconUrl,
        @JsonProperty("refer_count") Integer referCount,
        @JsonProperty("usage_count") Integer usageCount,
        @JsonProperty("runtime_attribute") @JsonAlias({"runtime_attribution"}) String runtimeAttribute,
        @JsonProperty("active") Integer active) {
}
