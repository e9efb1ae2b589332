package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Chooses the delay before the next poll. Fast while log text flows; growing by half each quiet poll up to the idle
 * bound while steps run silently; slow while queued or waiting on a review. Every delay gets random jitter, never goes
 * below the floor, and never undercuts a server's Retry-After.
 */
final class PollPolicy {

    private final FollowOptions options;
    private final DoubleSupplier random;

    PollPolicy(FollowOptions options, DoubleSupplier random) {
        this.options = options;
        this.random = random;
    }

    /**
     * @param phase where the follow stands
     * @param quietPolls polls in a row that brought no log text (0 = text arrived in the last one)
     * @param retryAfter the server's Retry-After from the last failed call, or null
     */
    Duration next(Phase phase, int quietPolls, Duration retryAfter) {
        Duration base = switch (phase) {
            case STARTING, QUEUED -> options.queuedPoll();
            case WAITING_FOR_REVIEW -> options.reviewPoll();
            case STOPPING -> options.fastPoll();
            case RUNNING, DONE -> activeInterval(quietPolls);
        };
        long nanos = jittered(base.toNanos());
        nanos = Math.max(nanos, options.minPoll().toNanos());
        if (retryAfter != null && retryAfter.toNanos() > nanos) {
            nanos = retryAfter.toNanos(); // the server said when; jitter would only make us early
        }
        return Duration.ofNanos(nanos);
    }

    private Duration activeInterval(int quietPolls) {
        double factor = Math.pow(1.5, Math.min(quietPolls, 20));
        long nanos = (long) Math.min(options.fastPoll().toNanos() * factor, options.idlePoll().toNanos());
        return Duration.ofNanos(nanos);
    }

    private long jittered(long nanos) {
        double spread = options.jitter() * (2 * random.getAsDouble() - 1);
        return (long) (nanos * (1 + spread));
    }
}
