package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step that makes one CodeArts call and waits for its outcome without holding a thread: the call and every check
 * run as short tasks on {@link Timer}, and the step ends when the engine's future completes. What is saved with the
 * program is small (the subclass's ids and the deadline as epoch milliseconds), so after a controller restart
 * {@link #onResume()} arms the same wait again, with the deadline set when the step began.
 *
 * @param <T> what the engine's future completes with
 */
@SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED",
        justification = "The wait is armed again by attach() in onResume()")
abstract class WaitingStepExecution<T> extends CodeArtsStepExecution {

    private static final long serialVersionUID = 1L;

    /** When the wait gives up, fixed when the step began; a restart does not move it. */
    private final long deadlineEpochMillis;

    private transient volatile CompletableFuture<T> waiting;

    WaitingStepExecution(StepContext context, ConnectionSettings settings, Instant deadline) {
        super(context, settings);
        this.deadlineEpochMillis = deadline.toEpochMilli();
    }

    /**
     * Makes the call (or, when {@code resuming}, only continues the wait) and returns the engine's future. Runs on a
     * {@link Timer} thread.
     */
    protected abstract CompletableFuture<T> begin(CodeArtsEngine engine, boolean resuming, Instant deadline)
            throws Exception;

    /** The step's return value for what the engine completed with; may print to {@link #console()}. */
    protected abstract Object result(T value) throws Exception;

    /** What the step works on, for failure messages (e.g. {@code pipelineId "…", runId "…"}). */
    protected abstract String target();

    /** The console line printed when the wait continues after a restart, or null for none. */
    protected abstract @CheckForNull String resumingMessage();

    protected final Instant deadline() {
        return Instant.ofEpochMilli(deadlineEpochMillis);
    }

    @Override
    protected final void attach(boolean resuming) {
        try {
            CodeArtsEngine engine = connect();
            if (isFinished()) {
                closeClient(); // stopped while the client was being set up: call nothing
                return;
            }
            String resumingMessage = resuming ? resumingMessage() : null;
            if (resumingMessage != null) {
                println(resumingMessage);
            }
            CompletableFuture<T> started = begin(engine, resuming, deadline());
            waiting = started;
            started.whenComplete(this::finish);
            if (isFinished()) {
                // stop() arrived meanwhile: end the wait (a call not yet sent is not sent).
                started.cancel(false);
            }
        } catch (Throwable e) {
            closeClient();
            fail(ExpectedFailures.forBuild(e, target()));
        }
    }

    private void finish(T value, Throwable error) {
        closeClient();
        if (isFinished()) {
            return;
        }
        if (error != null) {
            fail(ExpectedFailures.forBuild(error, target()));
            return;
        }
        Object returned;
        try {
            returned = result(value);
        } catch (Exception e) {
            fail(e);
            return;
        }
        succeed(returned);
    }

    /** Ends the wait at once: checks stop, nothing is decided or changed in CodeArts after this. */
    @Override
    public void stop(@NonNull Throwable cause) {
        fail(cause);
        CompletableFuture<T> current = waiting;
        if (current != null) {
            current.cancel(false);
        }
        closeClient();
    }
}
