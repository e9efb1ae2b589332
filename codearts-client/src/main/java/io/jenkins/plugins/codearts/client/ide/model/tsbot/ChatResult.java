package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of getTsbotChatResult.
 *
 * @param text answer.
 * @param requestId request id.
 * @param status status.
 */
public record ChatResult(
        @JsonProperty("text") String text,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("status") String status) {
}
