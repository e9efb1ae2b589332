package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A source of a run: in {@code runPipeline} requests it overrides the branch or tag; in run details it says what was built.
 *
 * @param type source type, {@code code}
 * @param params repository parameters
 */
public record RunSource(
        @JsonProperty("type") String type,
        @JsonProperty("params") RunSourceParams params) {
}
