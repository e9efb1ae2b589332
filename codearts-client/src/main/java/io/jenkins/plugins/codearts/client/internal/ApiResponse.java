package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Headers;

/**
 * A successful response: status, headers, parsed JSON body (a {@code NullNode} for an empty body) and request id.
 */
public record ApiResponse(int httpStatus, Headers headers, JsonNode body, String requestId) {
}
