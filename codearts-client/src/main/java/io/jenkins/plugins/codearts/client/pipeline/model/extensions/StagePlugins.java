package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of listStagePlugins.
 *
 * @param fullStagePluginsItemList plug-in groups.
 */
public record StagePlugins(
        @JsonProperty("full_stage_plugins_item_list") List<PluginGroup> fullStagePluginsItemList) {
}
