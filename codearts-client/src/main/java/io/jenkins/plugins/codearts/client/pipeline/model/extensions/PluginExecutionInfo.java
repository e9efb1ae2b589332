package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Execution definition of a plug-in version.
 *
 * @param innerExecutionInfo free-form execution, e.g. {execution_type: COMPOSITE, steps: [...]}.
 */
public record PluginExecutionInfo(
        @JsonProperty("inner_execution_info") JsonNode innerExecutionInfo) {
}
