package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One run with its stages, jobs and steps ({@code showPipelineRunDetail}).
 *
 * @param id run id
 * @param pipelineId pipeline id
 * @param manifestVersion manifest version
 * @param name pipeline name
 * @param description run description
 * @param isPublish whether a change (release) pipeline
 * @param executorId id of the user who started it
 * @param executorName name of the user who started it
 * @param status run status
 * @param triggerType trigger type
 * @param runNumber run number
 * @param startTime start, epoch milliseconds
 * @param endTime end, epoch milliseconds
 * @param stages stages
 * @param domainId account id
 * @param projectId CodeArts project id
 * @param region region
 * @param componentId microservice id
 * @param language language
 * @param sources sources
 * @param artifacts artifacts
 * @param subjectId subject id
 * @param groupId group id
 * @param groupName group name
 * @param detailUrl run page URL
 * @param currentSystemTime server time, epoch milliseconds: a number (the SDK's Long); table 4-46's string of
 *        digits is read too
 */
public record PipelineRunDetail(
        @JsonProperty("id") String id,
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("is_publish") Boolean isPublish,
        @JsonProperty("executor_id") String executorId,
        @JsonProperty("executor_name") String executorName,
        @JsonProperty("status") PipelineRunStatus status,
        @JsonProperty("trigger_type") String triggerType,
        @JsonProperty("run_number") Integer runNumber,
        @JsonProperty("start_time") Long startTime,
        @JsonProperty("end_time") Long endTime,
        @JsonProperty("stages") List<StageRun> stages,
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("region") String region,
        @JsonProperty("component_id") String componentId,
        @JsonProperty("language") String language,
        @JsonProperty("sources") List<RunSource> sources,
        @JsonProperty("artifacts") List<PackageInfo> artifacts,
        @JsonProperty("subject_id") String subjectId,
        @JsonProperty("group_id") String groupId,
        @JsonProperty("group_name") String groupName,
        @JsonProperty("detail_url") String detailUrl,
        @JsonProperty("current_system_time") Long currentSystemTime) {
}
