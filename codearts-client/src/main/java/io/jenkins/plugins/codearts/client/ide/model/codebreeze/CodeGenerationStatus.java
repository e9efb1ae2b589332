package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** State of a code-generation request (doc B 4.7.2, 4.7.3); the wire values are lower case. */
public enum CodeGenerationStatus {
    @JsonProperty("created")
    CREATED,
    @JsonProperty("dispatched")
    DISPATCHED,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("timeout")
    TIMEOUT,
    /** The documented {@code unknown}, and any value this client does not know. */
    @JsonProperty("unknown")
    @JsonEnumDefaultValue
    UNKNOWN;

    /** Whether no more results will come: completed or timed out. */
    public boolean isFinal() {
        return this == COMPLETED || this == TIMEOUT;
    }
}
