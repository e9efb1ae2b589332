package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of {@code runPipeline}. When the pipeline's concurrency limit is reached the service answers with
 * {@code DEVPIPE.00011169}/{@code DEVPIPE.00011170} but still creates the run: then {@link #queued()} is true,
 * {@link #queueId()} is set and {@link #errorCode()}/{@link #errorMessage()} carry the service's explanation.
 *
 * @param pipelineRunId the id of the new run
 * @param queued        whether the run waits in the concurrency queue
 * @param queueId       the queue entry id, or null
 * @param errorCode     the queueing code, or null
 * @param errorMessage  the queueing message, or null
 */
public record RunPipelineResponse(
        @JsonProperty("pipeline_run_id") String pipelineRunId,
        @JsonIgnore boolean queued,
        @JsonProperty("queue_id") String queueId,
        @JsonIgnore String errorCode,
        @JsonIgnore String errorMessage) {

    public static RunPipelineResponse started(String pipelineRunId) {
        return new RunPipelineResponse(pipelineRunId, false, null, null, null);
    }
}
