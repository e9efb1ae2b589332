package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

    private final FollowOptions options = FollowOptions.defaults();

    @Test
    void fastWhileLogsFlowSlowerWhenQuietAndSlowestWhileWaiting() {
        PollPolicy exact = new PollPolicy(options.toBuilder().jitter(0).build(), () -> 0.5);
        assertThat(exact.next(Phase.RUNNING, 0, null)).isEqualTo(Duration.ofMillis(1800));
        assertThat(exact.next(Phase.RUNNING, 1, null)).isEqualTo(Duration.ofMillis(2700));
        assertThat(exact.next(Phase.RUNNING, 2, null)).isEqualTo(Duration.ofMillis(4050));
        assertThat(exact.next(Phase.RUNNING, 30, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(exact.next(Phase.QUEUED, 0, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(exact.next(Phase.WAITING_FOR_REVIEW, 0, null)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void jitterStaysWithinItsSpreadAndVaries() {
        Random random = new Random(7);
        PollPolicy policy = new PollPolicy(options, random::nextDouble);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1000; i++) {
            long millis = policy.next(Phase.RUNNING, 0, null).toMillis();
            min = Math.min(min, millis);
            max = Math.max(max, millis);
        }
        assertThat(min).isBetween(1620L, 1700L);
        assertThat(max).isBetween(1900L, 1980L);
    }

    @Test
    void honoursRetryAfterOverTheUsualInterval() {
        PollPolicy policy = new PollPolicy(options, () -> 0.0);
        assertThat(policy.next(Phase.RUNNING, 0, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        // A Retry-After shorter than the interval does not make polls faster.
        assertThat(policy.next(Phase.WAITING_FOR_REVIEW, 0, Duration.ofSeconds(1)).toMillis()).isGreaterThan(13_000);
    }

    @Test
    void boundsAreConfigurableAndFloored() {
        FollowOptions tight = options.toBuilder().fastPoll(Duration.ofMillis(10)).idlePoll(Duration.ofMillis(20))
                .minPoll(Duration.ofMillis(50)).jitter(0).build();
        PollPolicy policy = new PollPolicy(tight, () -> 0.5);
        assertThat(policy.next(Phase.RUNNING, 0, null)).isEqualTo(Duration.ofMillis(50));
    }
}
