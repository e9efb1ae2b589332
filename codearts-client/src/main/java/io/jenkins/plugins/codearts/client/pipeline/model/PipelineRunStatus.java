package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of a pipeline run. Values the client does not know become {@link #UNKNOWN}. */
public enum PipelineRunStatus {
    INIT, QUEUED, RUNNING, COMPLETED, FAILED, CANCELED, PAUSED, SUSPEND, IGNORED,
    @JsonEnumDefaultValue
    UNKNOWN;

    /** COMPLETED, FAILED or CANCELED: the run will not change any more. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }

    /** PAUSED or SUSPEND: the run waits for a person (e.g. a manual review). */
    public boolean isWaitingForPerson() {
        return this == PAUSED || this == SUSPEND;
    }
}
