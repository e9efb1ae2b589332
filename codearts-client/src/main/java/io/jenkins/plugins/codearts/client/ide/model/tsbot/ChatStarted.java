package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of startTsbotChat.
 *
 * @param status status.
 * @param chatId chat id.
 * @param errorMessage error message.
 */
public record ChatStarted(
        @JsonProperty("status") String status,
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("error_message") String errorMessage) {
}
