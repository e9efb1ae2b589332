package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A run as the status, list and list-runs calls report it (the document's LatestRun).
 *
 * @param pipelineId pipeline id
 * @param pipelineRunId run id
 * @param executorId id of the user who started it
 * @param executorName name of the user who started it
 * @param stageStatusList stages
 * @param status run status
 * @param runNumber run number
 * @param triggerType trigger, e.g. {@code Manual}
 * @param buildParams source build parameters
 * @param artifactParams artifact parameters
 * @param startTime start, epoch milliseconds
 * @param endTime end, epoch milliseconds
 * @param modifyUrl edit page URL
 * @param detailUrl run page URL
 */
public record PipelineRunSummary(
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("pipeline_run_id") String pipelineRunId,
        @JsonProperty("executor_id") String executorId,
        @JsonProperty("executor_name") String executorName,
        @JsonProperty("stage_status_list") List<StageStatusSummary> stageStatusList,
        @JsonProperty("status") PipelineRunStatus status,
        @JsonProperty("run_number") Integer runNumber,
        @JsonProperty("trigger_type") String triggerType,
        @JsonProperty("build_params") BuildParams buildParams,
        @JsonProperty("artifact_params") ArtifactParams artifactParams,
        @JsonProperty("start_time") Long startTime,
        @JsonProperty("end_time") Long endTime,
        @JsonProperty("modify_url") String modifyUrl,
        @JsonProperty("detail_url") String detailUrl) {
}
