package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of asyncTsbotChat (doc B 4.8.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param chatId chat id (mandatory).
 * @param message message (mandatory).
 * @param caseValue case, e.g. Talk.
 * @param inferEnd end of inference.
 * @param metaPrompt meta prompts.
 * @param needPreprocess whether to preprocess.
 * @param userId user id.
 * @param taskParameters free-form task parameters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsyncChatRequest(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("message") String message,
        @JsonProperty("case") String caseValue,
        @JsonProperty("infer_end") Boolean inferEnd,
        @JsonProperty("meta_prompt") List<String> metaPrompt,
        @JsonProperty("need_preprocess") Boolean needPreprocess,
        @JsonProperty("user_id") String userId,
        @JsonProperty("task_parameters") JsonNode taskParameters) {

    public AsyncChatRequest {
        RequiredFields.check(chatId, "chat_id", "asyncTsbotChat", "AsyncChatRequest");
        RequiredFields.check(message, "message", "asyncTsbotChat", "AsyncChatRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link AsyncChatRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String chatId;
        private String message;
        private String caseValue;
        private Boolean inferEnd;
        private List<String> metaPrompt;
        private Boolean needPreprocess;
        private String userId;
        private JsonNode taskParameters;

        private Builder() {
        }

        public Builder chatId(String chatId) {
            this.chatId = chatId;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder caseValue(String caseValue) {
            this.caseValue = caseValue;
            return this;
        }

        public Builder inferEnd(Boolean inferEnd) {
            this.inferEnd = inferEnd;
            return this;
        }

        public Builder metaPrompt(List<String> metaPrompt) {
            this.metaPrompt = metaPrompt;
            return this;
        }

        public Builder needPreprocess(Boolean needPreprocess) {
            this.needPreprocess = needPreprocess;
            return this;
        }

        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder taskParameters(JsonNode taskParameters) {
            this.taskParameters = taskParameters;
            return this;
        }

        public AsyncChatRequest build() {
            return new AsyncChatRequest(chatId, message, caseValue, inferEnd, metaPrompt, needPreprocess, userId, taskParameters);
        }
    }
}
