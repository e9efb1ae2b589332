package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A plug-in in a stage or selectable plug-in list.
 *
 * @param uniqueId unique id.
 * @param displayName display name.
 * @param pluginName plug-in name.
 * @param disabled whether it is disabled.
 * @param groupName group name.
 * @param groupType group type.
 * @param pluginAttribution official or custom. Also read as {@code plugin_attributes}.
 * @param pluginCompositionType single or multi.
 * @param runtimeAttribution runtime, e.g. agent. Also read as {@code runtime_attributes}.
 * @param allSteps steps of a multi-step plug-in.
 * @param description description.
 * @param versionAttribution formal or draft. Also read as {@code version_attributes}.
 * @param iconUrl icon URL.
 * @param multiStepEditable whether steps are editable.
 * @param standard whether it is a standard plug-in (stage list only).
 * @param location where it may be used, e.g. pipeline,service.
 * @param publisherUniqueId publisher unique id.
 * @param manifestVersion manifest version.
 */
public record PluginListItem(
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("disabled") Boolean disabled,
        @JsonProperty("group_name") String groupName,
        @JsonProperty("group_type") String groupType,
        @JsonProperty("plugin_attribution") @JsonAlias({"plugin_attributes"}) String pluginAttribution,
        @JsonProperty("plugin_composition_type") String pluginCompositionType,
        @JsonProperty("runtime_attribution") @JsonAlias({"runtime_attributes"}) String runtimeAttribution,
        @JsonProperty("all_steps") List<PluginStepRef> allSteps,
        @JsonProperty("description") String description,
        @JsonProperty("version_attribution") @JsonAlias({"version_attributes"}) String versionAttribution,
        @JsonProperty("icon_url") String iconUrl,
        @JsonProperty("multi_step_editable") Integer multiStepEditable,
        @JsonProperty("standard") Boolean standard,
        @JsonProperty("location") String location,
        @JsonProperty("publisher_unique_id") String publisherUniqueId,
        @JsonProperty("manifest_version") String manifestVersion) {
}
