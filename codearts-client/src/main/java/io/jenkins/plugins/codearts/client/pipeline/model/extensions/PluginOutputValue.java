package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A metric or output of a plug-in version.
 *
 * @param uniqueId unique id.
 * @param pluginName plug-in name.
 * @param version version.
 * @param workspaceId workspace id.
 * @param outputKey key, e.g. SYSTEM_METRICS_UNIQUE_KEY.
 * @param outputValue value, often a JSON string.
 */
public record PluginOutputValue(
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("version") String version,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("output_key") String outputKey,
        @JsonProperty("output_value") String outputValue) {
}
