package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of replyEvaluation (doc B 4.6.3).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param evaluationId the comment replied to.
 * @param replyId the reply replied to; empty for the main comment.
 * @param text reply text (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyEvaluationRequest(
        @JsonProperty("evaluation_id") String evaluationId,
        @JsonProperty("reply_id") String replyId,
        @JsonProperty("text") String text) {

    public ReplyEvaluationRequest {
        RequiredFields.check(text, "text", "replyEvaluation", "ReplyEvaluationRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ReplyEvaluationRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String evaluationId;
        private String replyId;
        private String text;

        private Builder() {
        }

        public Builder evaluationId(String evaluationId) {
            this.evaluationId = evaluationId;
            return this;
        }

        public Builder replyId(String replyId) {
            this.replyId = replyId;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public ReplyEvaluationRequest build() {
            return new ReplyEvaluationRequest(evaluationId, replyId, text);
        }
    }
}
