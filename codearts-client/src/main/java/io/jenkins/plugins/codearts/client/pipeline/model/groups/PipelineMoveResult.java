package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Per-pipeline result of movePipelinesToGroup.
 *
 * @param code success or failed.
 * @param pipelineId pipeline id.
 * @param pipelineName pipeline name.
 */
public record PipelineMoveResult(
        @JsonProperty("code") String code,
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("pipeline_name") String pipelineName) {
}
