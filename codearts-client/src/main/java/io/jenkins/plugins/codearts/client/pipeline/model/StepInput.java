package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input of a step ({@code key}/{@code value}; the value may be any JSON).
 *
 * @param key input name
 * @param value input value
 */
public record StepInput(
        @JsonProperty("key") String key,
        @JsonProperty("value") JsonNode value) {
}
