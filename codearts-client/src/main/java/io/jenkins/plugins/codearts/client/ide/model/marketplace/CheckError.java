package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A check error.
 *
 * @param code code.
 * @param message message.
 */
public record CheckError(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message) {
}
