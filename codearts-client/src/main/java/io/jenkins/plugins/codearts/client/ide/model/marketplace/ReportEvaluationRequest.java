package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of reportEvaluation (doc B 4.6.5); give evaluation_id or reply_id.
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param content reason (mandatory).
 * @param evaluationId evaluation id.
 * @param replyId reply id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEvaluationRequest(
        @JsonProperty("content") String content,
        @JsonProperty("evaluation_id") String evaluationId,
        @JsonProperty("reply_id") String replyId) {

    public ReportEvaluationRequest {
        RequiredFields.check(content, "content", "reportEvaluation", "ReportEvaluationRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ReportEvaluationRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String content;
        private String evaluationId;
        private String replyId;

        private Builder() {
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder evaluationId(String evaluationId) {
            this.evaluationId = evaluationId;
            return this;
        }

        public Builder replyId(String replyId) {
            this.replyId = replyId;
            return this;
        }

        public ReportEvaluationRequest build() {
            return new ReportEvaluationRequest(content, evaluationId, replyId);
        }
    }
}
