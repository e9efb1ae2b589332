package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Inputs of one plug-in.
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param data inputs.
 */
public record PluginInputs(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("data") List<PluginInputDefinition> data) {
}
