package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A source (repository) of a pipeline.
 *
 * @param type source type, {@code code}
 * @param params repository
 */
public record CodeSource(
        @JsonProperty("type") String type,
        @JsonProperty("params") CodeSourceParams params) {
}
