package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The service asked the client to slow down: HTTP 429 / {@code APIGW.0308}, or a documented "busy" code
 * ({@code COCT.0070003} as HTTP 500, {@code DEVPIPE.00011127} as HTTP 200). Thrown once the retry policy gives up.
 */
public class CodeArtsThrottledException extends CodeArtsApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public CodeArtsThrottledException(String operation, String message, int httpStatus, String errorCode,
            String errorMessage, String requestId, JsonNode errorBody, Duration retryAfter) {
        super(operation, message, httpStatus, errorCode, errorMessage, requestId, errorBody);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for in {@code Retry-After}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
