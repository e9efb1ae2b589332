package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsOutcomeUnknownException;
import io.jenkins.plugins.codearts.client.CodeArtsServerException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.RetryEvent;
import io.jenkins.plugins.codearts.client.RetryListener;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.RetrySafety;
import io.jenkins.plugins.codearts.client.Sleeper;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Repeats an attempt while the {@link RetryPolicy} and the operation's {@link RetrySafety} allow, waiting with the
 * configured {@link Sleeper} and telling the {@link RetryListener} first; replaces a rejected IAM token once.
 */
final class RetryLoop {

    private final RetryPolicy policy;
    private final RetryListener listener;
    private final Sleeper sleeper;
    private final IamTokenProvider tokenProvider;

    RetryLoop(CodeArtsConfig config, IamTokenProvider tokenProvider) {
        this.policy = config.retryPolicy();
        this.listener = config.retryListener();
        this.sleeper = config.sleeper();
        this.tokenProvider = tokenProvider;
    }

    /** Runs {@code attempt} with a fresh context from {@code newContext} until it succeeds or may not be retried. */
    ApiResponse run(Operation operation, Supplier<CallContext> newContext, Function<CallContext, ApiResponse> attempt) {
        long waitedMillis = 0;
        boolean tokenRefreshed = false;
        int attemptNumber = 0;
        while (true) {
            attemptNumber++;
            CallContext context = newContext.get();
            try {
                return attempt.apply(context);
            } catch (CodeArtsAuthenticationException e) {
                // A 401 with a cached token: the token may have been revoked early. Fetch a new one once; the
                // request was rejected at authentication, so even runPipeline may be sent again.
                if (e.httpStatus() == 401 && context.tokenUsed != null && !tokenRefreshed) {
                    tokenProvider.invalidate(context.tokenUsed);
                    tokenRefreshed = true;
                    attemptNumber--;
                    continue;
                }
                throw e;
            } catch (CodeArtsException e) {
                String reason = retryReason(operation, e);
                if (reason == null || attemptNumber >= policy.maxAttempts()) {
                    throw e;
                }
                Duration retryAfter = e instanceof CodeArtsThrottledException throttled
                        ? throttled.retryAfter().orElse(null)
                        : null;
                Duration delay = policy.delayBeforeRetry(attemptNumber, retryAfter);
                if (waitedMillis + delay.toMillis() > policy.maxTotalWait().toMillis()) {
                    throw e;
                }
                int status = e instanceof CodeArtsApiException api ? api.httpStatus() : 0;
                String code = e instanceof CodeArtsApiException api ? api.errorCode() : null;
                notifyListener(new RetryEvent(operation.name(), attemptNumber, delay, retryAfter, status, code, reason));
                sleep(operation, delay, e);
                waitedMillis += delay.toMillis();
            }
        }
    }

    private void notifyListener(RetryEvent event) {
        if (listener == null) {
            return;
        }
        try {
            listener.onRetry(event);
        } catch (RuntimeException ignored) {
            // A faulty listener must not turn a retry into a failure.
        }
    }

    /** Why {@code failure} may be retried for this operation, or null when it must not be. */
    private static String retryReason(Operation operation, CodeArtsException failure) {
        boolean safe = operation.retrySafety() == RetrySafety.SAFE;
        if (failure instanceof CodeArtsOutcomeUnknownException) {
            return null;
        }
        if (failure instanceof CodeArtsTransportException transport) {
            if (!transport.requestMayHaveReachedServer()) {
                return "connection failed before the request was sent";
            }
            return safe ? "connection failed" : null;
        }
        if (!safe) {
            return null;
        }
        if (failure instanceof CodeArtsThrottledException throttled) {
            return "HTTP " + throttled.httpStatus() + (throttled.errorCode() != null ? " " + throttled.errorCode() : "");
        }
        if (failure instanceof CodeArtsServerException server
                && (server.httpStatus() == 502 || server.httpStatus() == 503 || server.httpStatus() == 504)) {
            return "HTTP " + server.httpStatus();
        }
        return null;
    }

    private void sleep(Operation operation, Duration delay, CodeArtsException pending) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodeArtsException(operation.name(),
                    operation.name() + ": interrupted while waiting to retry after: " + pending.getMessage(), e);
        }
    }
}
