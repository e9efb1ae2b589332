package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code createPipeline}; every field is optional.
 *
 * @param name name
 * @param description description
 * @param isPublish change (release) pipeline
 * @param sources sources
 * @param variables custom parameters
 * @param schedules schedules
 * @param triggers triggers
 * @param manifestVersion manifest version (default 3.0)
 * @param definition stages, jobs and steps as a JSON string
 * @param projectName project name
 * @param groupId group id
 * @param id the pipeline to copy, when copying
 */
public record CreatePipelineRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("is_publish") Boolean isPublish,
        @JsonProperty("sources") List<CodeSource> sources,
        @JsonProperty("variables") List<CustomVariable> variables,
        @JsonProperty("schedules") List<PipelineSchedule> schedules,
        @JsonProperty("triggers") List<PipelineTrigger> triggers,
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("definition") String definition,
        @JsonProperty("project_name") String projectName,
        @JsonProperty("group_id") String groupId,
        @JsonProperty("id") String id) {
}
