package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Response of showPluginVersionDetail (doc A 4.9.22).
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param opUser last operator.
 * @param opTime last operation time.
 * @param version version.
 * @param uniqueId unique id.
 * @param versionDescription version description.
 * @param versionAttribute version attribution. Also read as {@code version_attribution}.
 * @param pluginCompositionType single or multi.
 * @param pluginAttributes attribution. Also read as {@code plugin_attribution}.
 * @param inputInfo inputs.
 * @param pluginExecution execution definition.
 * @param runtimeAttributes runtime. Also read as {@code runtime_attribution}.
 */
public record PluginVersionDetail(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("op_user") String opUser,
        @JsonProperty("op_time") String opTime,
        @JsonProperty("version") String version,
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("version_description") String versionDescription,
        @JsonProperty("version_attribute") @JsonAlias({"version_attribution"}) String versionAttribute,
        @JsonProperty("plugin_composition_type") String pluginCompositionType,
        @JsonProperty("plugin_attributes") @JsonAlias({"plugin_attribution"}) String pluginAttributes,
        @JsonProperty("input_info") List<PluginInputDefinition> inputInfo,
        @JsonProperty("plugin_execution") JsonNode pluginExecution,
        @JsonProperty("runtime_attributes") @JsonAlias({"runtime_attribution"}) String runtimeAttributes) {
}
