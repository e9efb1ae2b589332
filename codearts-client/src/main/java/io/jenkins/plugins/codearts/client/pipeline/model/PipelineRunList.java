package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of {@code listPipelineRuns}.
 *
 * @param offset offset
 * @param limit page size
 * @param total total count
 * @param pipelineRuns runs
 */
public record PipelineRunList(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("pipeline_runs") List<PipelineRunSummary> pipelineRuns) {
}
