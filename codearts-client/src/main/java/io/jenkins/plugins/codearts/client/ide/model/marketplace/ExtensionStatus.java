package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** State of a marketplace extension (ExtensionAllSnake.status, doc B 4.6.8). */
public enum ExtensionStatus {
    /** The first version was uploaded. */
    INIT,
    /** At least one version was approved. */
    NORMAL,
    OFFLINE,
    ABANDONED,
    GRAYED,
    /** A value this client does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
