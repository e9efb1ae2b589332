package io.jenkins.plugins.codearts.client;

import java.time.Duration;

/**
 * How the client waits before a retry; {@link #system()} by default. Tests pass one that records the requested
 * wait instead of sleeping, as they pass a fixed {@code Clock}.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
