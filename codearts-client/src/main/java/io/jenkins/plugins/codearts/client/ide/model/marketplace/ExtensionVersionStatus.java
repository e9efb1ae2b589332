package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** State of one extension version (ExtensionVersionSnake.status and version_status, doc B 4.6.8). */
public enum ExtensionVersionStatus {
    INIT,
    VALIDATING,
    REJECTED,
    PUBLISHED,
    OFFLINE,
    ABANDONED,
    GRAY_INIT,
    GRAYED,
    GRAY_REJECTED,
    /** A value this client does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
