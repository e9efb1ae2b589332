package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A window of a step's log. The offsets are strings on the wire; {@link #nextStartOffset()} reads them.
 *
 * @param hasMore whether more log follows {@code end_offset}
 * @param endOffset offset after this window (a string)
 * @param startOffset offset of this window (a string)
 * @param log log text, lines joined with newlines
 * @param location where the log is kept, e.g. {@code jenkins}
 * @param stepRunId step run id
 */
public record StepLogPage(
        @JsonProperty("has_more") Boolean hasMore,
        @JsonProperty("end_offset") String endOffset,
        @JsonProperty("start_offset") String startOffset,
        @JsonProperty("log") String log,
        @JsonProperty("location") String location,
        @JsonProperty("step_run_id") String stepRunId) {

    /**
     * The {@code start_offset} of the next forward request: this window's {@code end_offset}, or null when the
     * service sent none or a value that is not a number.
     */
    public Long nextStartOffset() {
        if (endOffset == null || endOffset.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(endOffset.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the service reports more log after this window. */
    public boolean moreAvailable() {
        return Boolean.TRUE.equals(hasMore);
    }
}
