package io.jenkins.plugins.codearts.engine;

import java.time.Duration;

/**
 * Whether and how long to wait for an IDE instance to reach the wanted status. Defaults: wait, up to 10 minutes,
 * polling every 3 seconds with ±10 % jitter.
 *
 * @param waitForStatus false to return right after the call
 * @param timeout how long to wait
 * @param pollInterval time between status checks
 */
public record IdeWaitOptions(boolean waitForStatus, Duration timeout, Duration pollInterval) {

    public IdeWaitOptions {
        ArgumentChecks.requirePositive("timeout", timeout);
        ArgumentChecks.requirePositive("pollInterval", pollInterval);
    }

    public static IdeWaitOptions defaults() {
        return new IdeWaitOptions(true, Duration.ofMinutes(10), Duration.ofSeconds(3));
    }

    public static IdeWaitOptions noWait() {
        return new IdeWaitOptions(false, Duration.ofMinutes(10), Duration.ofSeconds(3));
    }

    public IdeWaitOptions withTimeout(Duration value) {
        return new IdeWaitOptions(waitForStatus, value, pollInterval);
    }

    public IdeWaitOptions withPollInterval(Duration value) {
        return new IdeWaitOptions(waitForStatus, timeout, value);
    }
}
