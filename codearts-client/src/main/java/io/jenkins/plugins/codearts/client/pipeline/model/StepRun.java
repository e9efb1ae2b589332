package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * A step of a run: a plug-in invocation. A manual review is a step whose task is {@code official_devcloud_checkpoint}.
 *
 * @param id step run id (pass to showStepLogs and the review calls)
 * @param name step name
 * @param task plug-in, e.g. {@code official_devcloud_checkpoint}
 * @param businessType business type
 * @param inputs inputs
 * @param sequence position
 * @param officialTaskVersion plug-in version
 * @param identifier identifier
 * @param multiStepEditable whether several steps may be edited
 * @param endpointIds endpoint ids: table 4-46 types them as a string, the SDK as a list of strings; a list is read
 *        as its items joined with commas
 * @param lastDispatchId last dispatch id
 * @param status step status
 * @param message message
 * @param startTime start, epoch milliseconds
 * @param endTime end, epoch milliseconds
 */
public record StepRun(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("task") String task,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("inputs") List<StepInput> inputs,
        @JsonProperty("sequence") Integer sequence,
        @JsonProperty("official_task_version") String officialTaskVersion,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("multi_step_editable") Integer multiStepEditable,
        @JsonProperty("endpoint_ids") @JsonDeserialize(using = TextOrList.class) String endpointIds,
        @JsonProperty("last_dispatch_id") String lastDispatchId,
        @JsonProperty("status") StepStatus status,
        @JsonProperty("message") String message,
        @JsonProperty("start_time") Long startTime,
        @JsonProperty("end_time") Long endTime) {

    /** The plug-in of a manual review (approval) step. */
    public static final String MANUAL_REVIEW_TASK = "official_devcloud_checkpoint";

    /** Whether this step is a manual review (pass or refuse it with the job's and this step's id). */
    public boolean isManualReview() {
        return MANUAL_REVIEW_TASK.equals(task);
    }
}
