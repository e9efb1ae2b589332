package io.jenkins.plugins.codearts.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one path by which Ctrl-C (the JVM shutdown hook) or a test stops the operation in progress.
 * A command registers what to do on abort while it follows something; the hook calls {@link #abort(Duration)},
 * which runs that action and waits, bounded, for it to finish so the remote run is really stopped before the JVM exits.
 */
public final class AbortController {

    /** What a command does when interrupted: e.g. cancel the follow (and the remote run) and wait for CANCELED. */
    @FunctionalInterface
    public interface AbortAction {
        void abort(Duration maxWait) throws Exception;
    }

    private final AtomicReference<AbortAction> current = new AtomicReference<>();
    private final AtomicBoolean aborted = new AtomicBoolean();

    /** Registers the action for the operation now in progress; close the returned handle when it ends. */
    public Registration register(AbortAction action) {
        current.set(action);
        return () -> current.compareAndSet(action, null);
    }

    /**
     * Aborts the operation in progress, if any, waiting at most {@code maxWait}. Safe to call more than once and
     * when nothing runs. Returns whether an operation was in progress.
     */
    public boolean abort(Duration maxWait) {
        aborted.set(true);
        AbortAction action = current.getAndSet(null);
        if (action == null) {
            return false;
        }
        try {
            action.abort(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The JVM is going down or the test is over: nothing useful to do with the failure but ignore it.
        }
        return true;
    }

    /** Whether {@link #abort(Duration)} was called: commands use it to report ABORTED rather than a failure. */
    public boolean wasAborted() {
        return aborted.get();
    }

    /** Ends a registration; no checked exception so it fits try-with-resources. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
