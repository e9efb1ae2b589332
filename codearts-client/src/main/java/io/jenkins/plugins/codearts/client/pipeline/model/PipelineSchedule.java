package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A scheduled run of a pipeline.
 *
 * @param uuid id
 * @param type type
 * @param name name
 * @param enable whether enabled
 * @param daysOfWeek days of week
 * @param timeZone time zone
 */
public record PipelineSchedule(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("enable") String enable,
        @JsonProperty("days_of_week") List<Integer> daysOfWeek,
        @JsonProperty("time_zone") String timeZone) {
}
