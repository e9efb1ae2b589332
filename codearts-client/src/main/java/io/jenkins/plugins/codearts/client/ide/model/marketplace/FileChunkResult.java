package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of uploadFileChunk.
 *
 * @param taskId upload task id.
 */
public record FileChunkResult(
        @JsonProperty("task_id") String taskId) {
}
