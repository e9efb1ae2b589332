package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event that triggers a pipeline.
 *
 * @param type event type
 * @param enable whether enabled
 */
public record TriggerEvent(
        @JsonProperty("type") String type,
        @JsonProperty("enable") Boolean enable) {
}
