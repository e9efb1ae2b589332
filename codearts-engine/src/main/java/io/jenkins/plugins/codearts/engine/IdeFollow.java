package io.jenkins.plugins.codearts.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** An IDE instance operation in progress; all polling happens on the engine's scheduler. */
public interface IdeFollow {

    /**
     * Completes when the wanted status is reached (or at once when not waiting); completes exceptionally with
     * {@link IdeTimeoutException} on timeout, or with the client's error when a call fails permanently.
     */
    CompletableFuture<IdeInstanceResult> result();

    /** Stops waiting (the instance is left as it is). */
    void cancel();

    /** Blocks for the result; throws the failure unwrapped. */
    default IdeInstanceResult await() {
        try {
            return result().get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new FollowException("Interrupted while waiting for the IDE instance", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new FollowException(String.valueOf(cause),
                    cause);
        }
    }
}
