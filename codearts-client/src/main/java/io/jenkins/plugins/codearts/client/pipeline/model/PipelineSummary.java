package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pipeline in {@code listPipelines}, with its latest run.
 *
 * @param pipelineId pipeline id
 * @param name name
 * @param projectId CodeArts project id
 * @param projectName project name
 * @param componentId microservice id
 * @param isPublish whether a change pipeline
 * @param isCollect whether a favourite
 * @param manifestVersion manifest version
 * @param createTime created, epoch milliseconds
 * @param latestRun latest run, or null
 * @param convertSign old-to-new conversion flag
 */
public record PipelineSummary(
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("name") String name,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("project_name") String projectName,
        @JsonProperty("component_id") String componentId,
        @JsonProperty("is_publish") Boolean isPublish,
        @JsonProperty("is_collect") Boolean isCollect,
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("create_time") Long createTime,
        @JsonProperty("latest_run") PipelineRunSummary latestRun,
        @JsonProperty("convert_sign") Integer convertSign) {
}
