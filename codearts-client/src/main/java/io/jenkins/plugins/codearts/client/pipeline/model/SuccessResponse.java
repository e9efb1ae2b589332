package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code {"success": true}} of stop, retry, pass and refuse.
 *
 * @param success whether the service accepted the call
 */
public record SuccessResponse(
        @JsonProperty("success") Boolean success) {
}
