package io.jenkins.plugins.codearts.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A run being followed. All work happens on the engine's scheduler; nothing here blocks except {@link #await()}.
 */
public interface RunFollow {

    /**
     * Completes with the result when the run ends, times out or is cancelled. Completes exceptionally only when the
     * follow cannot go on: a permanent error (401, 403, 404, bad input) or runPipeline failing.
     */
    CompletableFuture<RunResult> result();

    /** The latest persisted state (the same snapshot last given to {@link FollowListener#onStateChanged}). */
    FollowState state();

    /**
     * Stops following: when {@link FollowOptions#stopOnCancel()} (the default) asks CodeArts to stop the run and waits
     * up to {@link FollowOptions#stopWait()} for CANCELED, then completes the result with {@link Outcome#ABORTED}.
     * Returns the result future. Calling it again, or after the end, changes nothing.
     */
    CompletableFuture<RunResult> cancel(String reason);

    /**
     * Blocks until the result is known. Throws the follow's error (a {@code CodeArtsException} or
     * {@link FollowException}) unwrapped. If the waiting thread is interrupted the follow is cancelled first, then
     * {@link FollowException} is thrown with the interrupt flag set again.
     */
    RunResult await();

    /** Like {@link #await()} but gives up waiting after {@code maxWait} (the follow goes on) with FollowException. */
    RunResult await(Duration maxWait);
}
