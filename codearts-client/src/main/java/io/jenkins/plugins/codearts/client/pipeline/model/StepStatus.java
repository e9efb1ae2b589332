package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of a step. INIT before it starts. Values the client does not know become {@link #UNKNOWN}. */
public enum StepStatus {
    INIT, RUNNING, COMPLETED, FAILED, CANCELED,
    @JsonEnumDefaultValue
    UNKNOWN;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }
}
