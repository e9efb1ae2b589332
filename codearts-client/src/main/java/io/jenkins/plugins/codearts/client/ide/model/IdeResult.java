package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The IDE Online envelope {@code {"result": ..., "status": "success"}} used by most IDE endpoints.
 *
 * @param result the payload
 * @param status the outcome, {@code success} when the call worked
 * @param <T> the payload type
 */
public record IdeResult<T>(@JsonProperty("result") T result, @JsonProperty("status") String status) {
}
