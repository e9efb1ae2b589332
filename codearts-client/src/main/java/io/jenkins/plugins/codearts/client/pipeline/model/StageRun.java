package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stage of a run: entry steps ({@code pre}), jobs, exit steps ({@code post}).
 *
 * @param id stage id
 * @param category category
 * @param name stage name
 * @param identifier identifier
 * @param runAlways whether it always runs
 * @param parallel parallel flag
 * @param isSelect whether selected for this run
 * @param sequence position
 * @param dependsOn stages it depends on
 * @param condition run condition
 * @param status stage status
 * @param startTime start, epoch milliseconds
 * @param endTime end, epoch milliseconds
 * @param pre entry steps (e.g. {@code official_devcloud_autoTrigger})
 * @param post exit steps
 * @param jobs jobs
 */
public record StageRun(
        @JsonProperty("id") String id,
        @JsonProperty("category") String category,
        @JsonProperty("name") String name,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("run_always") Boolean runAlways,
        @JsonProperty("parallel") String parallel,
        @JsonProperty("is_select") Boolean isSelect,
        @JsonProperty("sequence") Integer sequence,
        @JsonProperty("depends_on") List<String> dependsOn,
        @JsonProperty("condition") String condition,
        @JsonProperty("status") NodeStatus status,
        @JsonProperty("start_time") Long startTime,
        @JsonProperty("end_time") Long endTime,
        @JsonProperty("pre") List<StepRun> pre,
        @JsonProperty("post") List<StepRun> post,
        @JsonProperty("jobs") List<JobRun> jobs) {
}
