package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a basic plug-in runs.
 *
 * @param target target (the example swaps target and type).
 * @param type type.
 * @param sha256 package digest.
 */
public record BasicPluginExecution(
        @JsonProperty("target") String target,
        @JsonProperty("type") String type,
        @JsonProperty("sha256") String sha256) {
}
