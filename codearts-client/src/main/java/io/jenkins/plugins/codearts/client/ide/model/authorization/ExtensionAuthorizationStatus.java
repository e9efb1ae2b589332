package io.jenkins.plugins.codearts.client.ide.model.authorization;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether a user lets a plug-in call third-party services with their token. {@link #UNKNOWN} is both the documented
 * "ask again next time" value and the fallback for values this client does not know.
 */
public enum ExtensionAuthorizationStatus {
    AGREE,
    REJECT,
    @JsonEnumDefaultValue
    UNKNOWN
}
