package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A custom parameter of a template (CustomVariable).
 *
 * @param pipelineId pipeline id.
 * @param name parameter name.
 * @param sequence order.
 * @param type parameter type.
 * @param value default value.
 * @param isSecret whether the value is secret.
 * @param description description.
 * @param isRuntime whether it is set at run time.
 * @param limits allowed values.
 * @param isReset whether it is reset.
 * @param latestValue latest value.
 * @param runtimeValue value passed at run time.
 */
public record TemplateVariable(
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("name") String name,
        @JsonProperty("sequence") Integer sequence,
        @JsonProperty("type") String type,
        @JsonProperty("value") String value,
        @JsonProperty("is_secret") Boolean isSecret,
        @JsonProperty("description") String description,
        @JsonProperty("is_runtime") Boolean isRuntime,
        @JsonProperty("limits") List<JsonNode> limits,
        @JsonProperty("is_reset") Boolean isReset,
        @JsonProperty("latest_value") String latestValue,
        @JsonProperty("runtime_value") String runtimeValue) {
}
