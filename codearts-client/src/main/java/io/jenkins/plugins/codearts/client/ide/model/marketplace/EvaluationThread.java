package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An evaluation with its replies.
 *
 * @param evaluation the evaluation.
 * @param evaluationReply replies.
 */
public record EvaluationThread(
        @JsonProperty("evaluation") Evaluation evaluation,
        @JsonProperty("evaluationReply") List<Evaluation> evaluationReply) {
}
