package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Extended properties of an input.
 *
 * @param apiOptions API options.
 * @param apiType API type.
 * @param options options.
 * @param disabledConditions disabled conditions.
 * @param visibleConditions visible conditions.
 */
public record ExtensionExtendProp(
        @JsonProperty("api_options") String apiOptions,
        @JsonProperty("api_type") String apiType,
        @JsonProperty("options") String options,
        @JsonProperty("disabled_conditions") String disabledConditions,
        @JsonProperty("visible_conditions") String visibleConditions) {
}
