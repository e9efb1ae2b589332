package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Status reported by {@code showIdeInstanceStatus}. Differs from {@link IdeInstanceStatus}: it has READY (a warm
 * instance is ready), UPDATE and WAITING (a warm instance is starting), and no INIT.
 */
public enum IdeRuntimeStatus {
    WAITING, STARTING, READY, RUNNING, UPDATE, STOPPING, STOPPED, DELETING, DELETED, DELETE_FAILED,
    @JsonEnumDefaultValue
    UNKNOWN;

    /** RUNNING, or READY for a warm instance: the IDE can be opened. */
    public boolean isReady() {
        return this == RUNNING || this == READY;
    }

    /** Will not become ready without another call (stopped, deleted or failed). */
    public boolean isEnd() {
        return this == STOPPED || this == DELETED || this == DELETE_FAILED || this == DELETING;
    }
}
