package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
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
        justification = "The wait, client and console are created again by attach() in onResume()")
abstract class WaitingStepExecution<T> extends AbstractStepExecutionImpl {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WaitingStepExecution.class.getName());

    protected final ConnectionSettings settings;
    /** When the wait gives up, fixed when the step began; a restart does not move it. */
    private final long deadlineEpochMillis;
    /** Set once the step ended (or was stopped): nothing more is reported to the context. */
    private volatile boolean finished;

    private transient volatile CompletableFuture<T> waiting;
    private transient volatile CodeArtsClient client;
    private transient volatile TaskListener console;

    WaitingStepExecution(StepContext context, ConnectionSettings settings, Instant deadline) {
        super(context);
        this.settings = settings;
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

    /** The console line printed when the wait continues after a restart. */
    protected abstract String resumingMessage();

    protected final Instant deadline() {
        return Instant.ofEpochMilli(deadlineEpochMillis);
    }

    protected final TaskListener console() {
        return console;
    }

    @Override
    public boolean start() {
        Timer.get().execute(() -> attach(false));
        return false;
    }

    /** No super call: it only re-injects Guice step parameters, which this execution does not use. */
    @Override
    public void onResume() {
        if (!finished) {
            Timer.get().execute(() -> attach(true));
        }
    }

    private void attach(boolean resuming) {
        if (finished) {
            return;
        }
        try {
            Run<?, ?> run = getContext().get(Run.class);
            console = getContext().get(TaskListener.class);
            StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
            client = CodeArtsConnector.open(settings, credentials);
            if (finished) {
                closeClient(); // stopped while the client was being set up: call nothing
                return;
            }
            if (resuming) {
                console.getLogger().println(resumingMessage());
            }
            CompletableFuture<T> started = begin(new CodeArtsEngine(client, Timer.get()), resuming, deadline());
            waiting = started;
            started.whenComplete(this::finish);
            if (finished) {
                // stop() arrived meanwhile: end the wait (an action or decision not yet sent is not sent).
                started.cancel(false);
            }
        } catch (Throwable e) {
            closeClient();
            fail(ExpectedFailures.forBuild(e, target()));
        }
    }

    private void finish(T value, Throwable error) {
        closeClient();
        if (finished) {
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
        if (end()) {
            getContext().onSuccess(returned);
        }
    }

    private void fail(Throwable error) {
        if (end()) {
            getContext().onFailure(error);
        }
    }

    /** True for the one caller that ends the step; stop() and the engine's completion may race. */
    private synchronized boolean end() {
        if (finished) {
            return false;
        }
        finished = true;
        return true;
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

    private void closeClient() {
        CodeArtsClient current = client;
        client = null;
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOGGER.log(Level.FINE, "closing the CodeArts client", e);
            }
        }
    }
}
