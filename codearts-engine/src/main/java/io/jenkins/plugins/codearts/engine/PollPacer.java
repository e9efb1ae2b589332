package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long until the next poll: quiet polls in a row, and the server's Retry-After within the current tick. */
final class PollPacer {

    private final PollPolicy pollPolicy;
    private int quietPolls;
    private Duration retryAfter;

    PollPacer(FollowOptions options) {
        this.pollPolicy = new PollPolicy(options, () -> ThreadLocalRandom.current().nextDouble());
    }

    void beginTick() {
        retryAfter = null;
    }

    /** Some poll brought nothing new (or failed) since text last arrived. */
    boolean quiet() {
        return quietPolls > 0;
    }

    /** A call failed: honours the server's Retry-After and counts a quiet poll; returns the delay in nanoseconds. */
    long afterFailure(Duration serverWait, Phase phase) {
        if (serverWait != null) {
            retryAfter = serverWait;
        }
        quietPolls++;
        return next(phase);
    }

    void afterWalk(boolean textArrived) {
        quietPolls = textArrived ? 0 : quietPolls + 1;
    }

    long next(Phase phase) {
        return pollPolicy.next(phase, quietPolls, retryAfter).toNanos();
    }
}
