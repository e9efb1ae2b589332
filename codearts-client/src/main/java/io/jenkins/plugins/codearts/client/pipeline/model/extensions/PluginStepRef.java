package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A step of a multi-step plug-in.
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param version version.
 */
public record PluginStepRef(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("version") String version) {
}
