package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One stage of a run summary ({@code stage_status_list}); times are {@code yyyy-MM-dd HH:mm:ss} strings.
 *
 * @param id stage id (list variants only)
 * @param name stage name
 * @param sequence position
 * @param status stage status
 * @param startTime start, {@code yyyy-MM-dd HH:mm:ss}
 * @param endTime end, {@code yyyy-MM-dd HH:mm:ss}
 */
public record StageStatusSummary(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("sequence") Integer sequence,
        @JsonProperty("status") NodeStatus status,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("end_time") String endTime) {
}
