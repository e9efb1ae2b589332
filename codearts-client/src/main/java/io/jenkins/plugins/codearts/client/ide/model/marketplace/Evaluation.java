package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An evaluation or a reply.
 *
 * @param id id.
 * @param extensionId extension id.
 * @param extensionName extension name.
 * @param commentator author.
 * @param text text.
 * @param createTime creation time.
 * @param publisher publisher.
 * @param status status.
 * @param count count.
 * @param evaluationId evaluation replied to (replies only).
 * @param replyTo author replied to (replies only).
 */
public record Evaluation(
        @JsonProperty("id") Long id,
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("extension_name") String extensionName,
        @JsonProperty("commentator") Commentator commentator,
        @JsonProperty("text") String text,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("publisher") EvaluationPublisher publisher,
        @JsonProperty("status") Integer status,
        @JsonProperty("count") Integer count,
        @JsonProperty("evaluation_id") Long evaluationId,
        @JsonProperty("reply_to") Commentator replyTo) {
}
