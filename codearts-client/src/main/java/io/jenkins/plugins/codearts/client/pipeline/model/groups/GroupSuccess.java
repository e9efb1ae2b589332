package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of updatePipelineGroup and deletePipelineGroup.
 *
 * @param success whether the call succeeded.
 */
public record GroupSuccess(
        @JsonProperty("success") Boolean success) {
}
