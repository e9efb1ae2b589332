package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Status of an IDE instance as {@code showIdeInstance} and the lists report it. */
public enum IdeInstanceStatus {
    INIT, STARTING, RUNNING, STOPPING, STOPPED, DELETING, DELETED, DELETE_FAILED,
    @JsonEnumDefaultValue
    UNKNOWN
}
