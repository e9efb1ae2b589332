package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of showCodeGenerationResult (doc B 4.7.3).
 *
 * @param requestStatus created, dispatched, completed, timeout or unknown.
 * @param tasks tasks.
 * @param requestType function or rawtext.
 */
public record CodeGenerationResult(
        @JsonProperty("request_status") CodeGenerationStatus requestStatus,
        @JsonProperty("tasks") List<CodeGenerationTask> tasks,
        @JsonProperty("request_type") String requestType) {
}
