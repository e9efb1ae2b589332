package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of asyncTsbotChat.
 *
 * @param resultId result id to poll.
 * @param status status, e.g. "200".
 * @param errorMessage error message.
 */
public record ChatSubmitted(
        @JsonProperty("result_id") String resultId,
        @JsonProperty("status") String status,
        @JsonProperty("error_message") String errorMessage) {
}
