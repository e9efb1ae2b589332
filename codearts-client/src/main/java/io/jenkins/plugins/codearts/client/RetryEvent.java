package io.jenkins.plugins.codearts.client;

import java.time.Duration;

/**
 * One retry wait.
 *
 * @param operation     the operation name
 * @param failedAttempt the attempt that failed (1 for the first call)
 * @param delay         how long the client will wait before the next attempt
 * @param retryAfter    the wait the server asked for with {@code Retry-After}, or null
 * @param httpStatus    the HTTP status of the failed attempt, or 0 for connection failures
 * @param errorCode     the {@code error_code} of the failed attempt, or null
 * @param reason        a short description, e.g. "HTTP 429 APIGW.0308" or "connection refused"
 */
public record RetryEvent(String operation, int failedAttempt, Duration delay, Duration retryAfter, int httpStatus,
        String errorCode, String reason) {
}
