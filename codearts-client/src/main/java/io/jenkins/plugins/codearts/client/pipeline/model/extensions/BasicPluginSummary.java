package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A basic plug-in in listBasicPlugins.
 *
 * @param name plug-in name.
 * @param displayName display name.
 * @param pluginAttribution attribution, e.g. official.
 * @param iconUrl icon URL.
 * @param description description.
 * @param publisherId publisher id.
 * @param manifestVersion manifest version.
 */
public record BasicPluginSummary(
        @JsonProperty("name") String name,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("plugin_attribution") String pluginAttribution,
        @JsonProperty("icon_url") String iconUrl,
        @JsonProperty("description") String description,
        @JsonProperty("publisher_id") String publisherId,
        @JsonProperty("manifest_version") String manifestVersion) {
}
