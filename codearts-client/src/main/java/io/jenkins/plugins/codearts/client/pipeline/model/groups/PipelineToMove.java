package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pipeline to move into a group.
 *
 * @param pipelineId pipeline id.
 * @param pipelineName pipeline name.
 */
public record PipelineToMove(
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("pipeline_name") String pipelineName) {
}
