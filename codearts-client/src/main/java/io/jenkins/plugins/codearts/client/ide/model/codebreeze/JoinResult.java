package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createJoinRequest.
 *
 * @param message message.
 * @param status success, error or conflict.
 */
public record JoinResult(
        @JsonProperty("message") String message,
        @JsonProperty("status") String status) {
}
