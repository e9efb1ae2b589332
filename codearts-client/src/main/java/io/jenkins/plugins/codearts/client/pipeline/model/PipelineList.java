package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of {@code listPipelines}.
 *
 * @param offset offset
 * @param limit page size
 * @param total total count
 * @param pipelines pipelines
 */
public record PipelineList(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("pipelines") List<PipelineSummary> pipelines) {
}
