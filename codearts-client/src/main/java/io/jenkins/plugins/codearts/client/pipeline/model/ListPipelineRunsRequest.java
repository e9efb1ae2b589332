package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Filters of {@code listPipelineRuns}; every field is optional.
 *
 * @param status run statuses
 * @param startTime start, epoch milliseconds; sent as a string of digits, as the table and the SDK type it (the
 *        example shows a number, which a string of digits also reads as)
 * @param endTime end, epoch milliseconds; sent as a string of digits
 * @param offset offset
 * @param limit page size
 * @param sortKey sort key, e.g. {@code start_time}
 * @param sortDir sort direction, {@code asc} or {@code desc}
 */
public record ListPipelineRunsRequest(
        @JsonProperty("status") List<String> status,
        @JsonProperty("start_time") @JsonFormat(shape = JsonFormat.Shape.STRING) Long startTime,
        @JsonProperty("end_time") @JsonFormat(shape = JsonFormat.Shape.STRING) Long endTime,
        @JsonProperty("offset") Long offset,
        @JsonProperty("limit") Long limit,
        @JsonProperty("sort_key") String sortKey,
        @JsonProperty("sort_dir") String sortDir) {

    /** No filter. */
    public static ListPipelineRunsRequest all() {
        return new ListPipelineRunsRequest(null, null, null, null, null, null, null);
    }

    /** The same filters for another page. */
    public ListPipelineRunsRequest page(long newOffset, long newLimit) {
        return new ListPipelineRunsRequest(status, startTime, endTime, newOffset, newLimit, sortKey, sortDir);
    }
}
