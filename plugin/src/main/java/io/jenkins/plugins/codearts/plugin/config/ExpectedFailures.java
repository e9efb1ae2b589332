package io.jenkins.plugins.codearts.plugin.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.engine.FollowException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sorts what ends a step or build step. CodeArts answers and engine dead ends (unknown pipeline, no pending review,
 * service unreachable, wait timed out) are expected: Jenkins prints an {@link AbortException} as one {@code ERROR:}
 * line, and the client's and engine's messages already say what failed and what to check. Anything else is a bug and
 * keeps its stack trace.
 */
public final class ExpectedFailures {

    private static final Logger LOGGER = Logger.getLogger(ExpectedFailures.class.getName());

    private ExpectedFailures() {
    }

    /**
     * The failure to end with: an {@link AbortException} for expected failures, the unwrapped error otherwise.
     *
     * @param target what the step worked on, e.g. {@code pipelineId "…", runId "…"}; put before the message, or null
     */
    public static @NonNull Throwable forBuild(@NonNull Throwable error, @CheckForNull String target) {
        Throwable cause = unwrap(error);
        if (cause instanceof CodeArtsException || cause instanceof FollowException) {
            // The client's messages never contain a secret; the stack is kept for the system log only.
            LOGGER.log(Level.FINE, "CodeArts call failed", cause);
            String message = String.valueOf(cause.getMessage());
            return new AbortException(target == null ? message : Messages.ExpectedFailures_withTarget(target, message));
        }
        return cause;
    }

    /** As {@link #forBuild}, for code that may only throw {@link java.io.IOException} or unchecked exceptions. */
    public static @NonNull RuntimeException rethrow(@NonNull RuntimeException error, @CheckForNull String target)
            throws AbortException {
        Throwable sorted = forBuild(error, target);
        if (sorted instanceof AbortException abort) {
            throw abort;
        }
        return sorted instanceof RuntimeException runtime ? runtime : error;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
