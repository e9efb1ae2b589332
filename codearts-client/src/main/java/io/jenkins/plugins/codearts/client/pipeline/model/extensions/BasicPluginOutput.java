package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An output of a basic plug-in.
 *
 * @param name name.
 * @param type type.
 * @param description description.
 */
public record BasicPluginOutput(
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("description") String description) {
}
