package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Window of {@code showStepLogs}: offsets, maximum lines ({@code limit}, mandatory) and order ({@code asc}|{@code desc}, mandatory).
 *
 * @param startOffset first offset
 * @param endOffset last offset
 * @param limit maximum lines
 * @param sort {@code asc} or {@code desc}
 */
public record StepLogRequest(
        @JsonProperty("start_offset") Long startOffset,
        @JsonProperty("end_offset") Long endOffset,
        @JsonProperty("limit") Long limit,
        @JsonProperty("sort") String sort) {

    /** Reads forward from {@code startOffset}, at most {@code limit} lines. */
    public static StepLogRequest forward(long startOffset, long limit) {
        return new StepLogRequest(startOffset, null, limit, "asc");
    }
}
