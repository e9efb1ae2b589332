package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The pipeline id returned by create, create-from-template and delete.
 *
 * @param pipelineId pipeline id
 */
public record PipelineIdResponse(
        @JsonProperty("pipeline_id") String pipelineId) {
}
