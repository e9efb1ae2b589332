package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A run-time value of a custom parameter.
 *
 * @param name parameter name
 * @param value value
 */
public record RunVariable(
        @JsonProperty("name") String name,
        @JsonProperty("value") String value) {
}
