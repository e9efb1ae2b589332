package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides, for a call that failed after the client's retries, whether the follow rides through (and when it tries
 * again) or ends; keeps what that depends on: whether CodeArts ever answered, 401s in a row, how long the detail has
 * been failing, and when the last warning was printed.
 */
final class FailedCallPolicy {

    /** 401 answers in a row on a run known to exist before the follow gives up. */
    private static final int MAX_AUTH_RETRIES = 3;

    private final RunApi api;
    private final FollowOptions options;
    private final FollowReporter reporter;
    private final FollowedRun run;
    private final PollPacer pacer;
    private final long followBeganAt;
    /** Some call had an answer from CodeArts (any HTTP answer, an error too). */
    private boolean reachedService;
    private int unreachableAttempts;
    private int consecutiveAuthFailures;
    private long detailFailingSince = Long.MIN_VALUE;
    private long lastWarningAt = Long.MIN_VALUE;

    FailedCallPolicy(RunApi api, FollowOptions options, FollowReporter reporter, FollowedRun run, PollPacer pacer,
            LongSupplier clock) {
        this.api = api;
        this.options = options;
        this.reporter = reporter;
        this.run = run;
        this.pacer = pacer;
        this.followBeganAt = clock.getAsLong();
    }

    /** CodeArts answered (perhaps with an error). */
    void reached() {
        reachedService = true;
    }

    /** A call of the running follow succeeded. */
    void answered() {
        reachedService = true;
        consecutiveAuthFailures = 0;
    }

    /** The run detail was read. */
    void detailRead() {
        answered();
        detailFailingSince = Long.MIN_VALUE;
    }

    /**
     * A call failed after the client's retries; returns the delay before the next try, or throws when the follow
     * cannot go on. Ridden through: anything transient; a 401 on a run known to exist ({@link #MAX_AUTH_RETRIES}
     * times in a row: each new call signs again, and the client fetches a new token); "not found" or an answer that
     * is not a run detail for a run already seen (for {@link FollowOptions#unreadableLogTimeout()}). A follow that
     * has never had an answer from CodeArts ends after {@link FollowOptions#unreachableTimeout()}. Other permanent
     * errors (403, 404 of a run never seen, 400) end the follow.
     */
    long callFailed(RuntimeException error, long now, boolean detail) {
        if (error instanceof InvalidRunDetailException) {
            if (run.last() == null && !run.resumed()) {
                throw error; // never seen a real run detail from this endpoint: it is not CodeArts
            }
            reachedService = true;
            return notFoundOrInvalid(error, now);
        }
        if (!ClientErrors.isClientError(error)) {
            throw error;
        }
        if (error instanceof CodeArtsTransportException) {
            unreachableAttempts++;
            if (!reachedService && !run.resumed()
                    && now - followBeganAt >= options.unreachableTimeout().toMillis()) {
                throw new FollowException("CodeArts could not be reached at " + endpointLabel() + ": "
                        + unreachableAttempts + " attempts to read the detail of run "
                        + reporter.state().run().runId() + " (showPipelineRunDetail) over "
                        + HumanDuration.format(Duration.ofMillis(now - followBeganAt)) + " all failed; last error: "
                        + withoutFinalPeriod(ClientErrors.describe(error)) + ". The run was never seen, so nothing was"
                        + " stopped. Check the endpoint, region, proxy settings and network; the follow gives up when"
                        + " CodeArts has not answered once within " + HumanDuration.format(options.unreachableTimeout())
                        + ".", error);
            }
            return rideThrough(error, now, null);
        }
        reachedService = true;
        if (isUnauthorized(error) && run.knownToExist()) {
            consecutiveAuthFailures++;
            if (consecutiveAuthFailures > MAX_AUTH_RETRIES) {
                throw error;
            }
            return rideThrough(error, now, "CodeArts answered 401 (" + ClientErrors.describe(error) + "); signing in "
                    + "again and retrying (" + consecutiveAuthFailures + " of " + MAX_AUTH_RETRIES + ")");
        }
        if (detail && ClientErrors.isNotFound(error) && run.knownToExist()) {
            return notFoundOrInvalid(error, now);
        }
        if (ClientErrors.isPermanent(error)) {
            throw error;
        }
        return rideThrough(error, now, null);
    }

    /** The detail of a run known to exist failed with "not found" or a non-detail: transient, for a while. */
    private long notFoundOrInvalid(RuntimeException error, long now) {
        if (detailFailingSince == Long.MIN_VALUE) {
            detailFailingSince = now;
        }
        long failing = now - detailFailingSince;
        if (failing >= options.unreadableLogTimeout().toMillis()) {
            throw error;
        }
        return rideThrough(error, now, "Reading the detail of run " + run.label() + " failed (" + ClientErrors.describe(
                error) + "); the run exists, so the engine keeps trying for up to "
                + HumanDuration.format(options.unreadableLogTimeout()));
    }

    private static boolean isUnauthorized(RuntimeException error) {
        return error instanceof CodeArtsAuthenticationException
                || error instanceof CodeArtsApiException api && api.httpStatus() == 401;
    }

    private String endpointLabel() {
        String endpoint = api.endpoint();
        return endpoint == null ? "its endpoint" : endpoint;
    }

    /** Warns (at most once per warning interval) and returns the delay before the next try. */
    private long rideThrough(RuntimeException error, long now, String message) {
        Duration serverWait = ClientErrors.retryAfter(error);
        warn(now, message != null ? message : "Polling CodeArts failed, will keep trying: "
                + ClientErrors.describe(error));
        return pacer.afterFailure(serverWait, reporter.state().phase());
    }

    /** A warning line, at most one per {@link FollowOptions#warningInterval()}. */
    void warn(long now, String message) {
        if (lastWarningAt == Long.MIN_VALUE || now - lastWarningAt >= options.warningInterval().toMillis()) {
            lastWarningAt = now;
            FollowState state = reporter.state();
            reporter.emit(FollowEvent.ofRun(Type.POLL_WARNING, state.run(), state.runUrl(), null, message));
        }
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
