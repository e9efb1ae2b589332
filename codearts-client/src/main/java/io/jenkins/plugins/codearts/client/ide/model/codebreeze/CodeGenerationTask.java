package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A generation task.
 *
 * @param dockerId worker id.
 * @param exception exception.
 * @param generatedSnippet generated code.
 * @param language language.
 * @param modelId model id.
 * @param recordTime record time.
 * @param requestId request id.
 * @param snippet snippet.
 * @param startTime start time.
 * @param status status, e.g. success.
 * @param taskId task id.
 * @param timeConsuming seconds spent.
 */
public record CodeGenerationTask(
        @JsonProperty("docker_id") String dockerId,
        @JsonProperty("exception") String exception,
        @JsonProperty("generated_snippet") String generatedSnippet,
        @JsonProperty("language") String language,
        @JsonProperty("model_id") String modelId,
        @JsonProperty("record_time") String recordTime,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("snippet") String snippet,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("status") String status,
        @JsonProperty("task_id") Integer taskId,
        @JsonProperty("time_consuming") Double timeConsuming) {
}
