package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A job of a stage.
 *
 * @param id job run id (pass to showStepLogs and the review calls)
 * @param category category
 * @param sequence position
 * @param async whether asynchronous
 * @param name job name
 * @param identifier identifier
 * @param dependsOn jobs it depends on
 * @param condition run condition
 * @param resource execution resource
 * @param isSelect whether selected for this run
 * @param timeout timeout
 * @param lastDispatchId last dispatch id
 * @param status job status
 * @param message message, e.g. {@code not found steps}
 * @param startTime start, epoch milliseconds
 * @param endTime end, epoch milliseconds
 * @param steps steps
 * @param execId execution id
 */
public record JobRun(
        @JsonProperty("id") String id,
        @JsonProperty("category") String category,
        @JsonProperty("sequence") Integer sequence,
        @JsonProperty("async") String async,
        @JsonProperty("name") String name,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("depends_on") List<String> dependsOn,
        @JsonProperty("condition") String condition,
        @JsonProperty("resource") String resource,
        @JsonProperty("is_select") Boolean isSelect,
        @JsonProperty("timeout") String timeout,
        @JsonProperty("last_dispatch_id") String lastDispatchId,
        @JsonProperty("status") NodeStatus status,
        @JsonProperty("message") String message,
        @JsonProperty("start_time") Long startTime,
        @JsonProperty("end_time") Long endTime,
        @JsonProperty("steps") List<StepRun> steps,
        @JsonProperty("exec_id") String execId) {
}
