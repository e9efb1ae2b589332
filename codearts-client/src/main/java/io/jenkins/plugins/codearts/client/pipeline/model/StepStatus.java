package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Status of a step. INIT before it starts. The documents give a step's status as a plain string, so the client accepts
 * the whole vocabulary of stages and jobs ({@link NodeStatus}): a step can be skipped or left unselected, and a manual
 * review's waiting status is undocumented (PAUSED or SUSPEND on the job). Values the client does not know become
 * {@link #UNKNOWN}.
 */
public enum StepStatus {
    INIT, QUEUED, RUNNING, COMPLETED, FAILED, CANCELED, SKIPPED, IGNORED, PAUSED, SUSPEND, ASYNC_RUNNING, ASYNC_FAILED,
    UNSELECTED, REDISPATCH,
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The step will not change any more (it ended, or it was skipped or left out). */
    public boolean isTerminal() {
        return switch (this) {
            case COMPLETED, FAILED, CANCELED, SKIPPED, IGNORED, UNSELECTED -> true;
            default -> false;
        };
    }
}
