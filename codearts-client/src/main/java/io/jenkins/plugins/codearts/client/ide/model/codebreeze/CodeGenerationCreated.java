package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createCodeGenerationRequest.
 *
 * @param requestId request id.
 * @param status created, dispatched, completed, timeout or unknown.
 * @param dispatchedTaskNumber number of dispatched tasks.
 */
public record CodeGenerationCreated(
        @JsonProperty("request_id") String requestId,
        @JsonProperty("status") CodeGenerationStatus status,
        @JsonProperty("dispatched_task_number") Integer dispatchedTaskNumber) {
}
