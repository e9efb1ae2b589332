package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of a stage or job. Values the client does not know become {@link #UNKNOWN}. */
public enum NodeStatus {
    INIT, QUEUED, RUNNING, CANCELED, COMPLETED, FAILED, SKIPPED, IGNORED, PAUSED, SUSPEND, ASYNC_RUNNING,
    ASYNC_FAILED, UNSELECTED, REDISPATCH,
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The stage or job will not change any more. */
    public boolean isTerminal() {
        return switch (this) {
            case COMPLETED, FAILED, CANCELED, SKIPPED, IGNORED, UNSELECTED -> true;
            default -> false;
        };
    }

    /** PAUSED or SUSPEND: waits for a person. */
    public boolean isWaitingForPerson() {
        return this == PAUSED || this == SUSPEND;
    }
}
