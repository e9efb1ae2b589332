package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * What the plugin's step executions share: {@link #start()} and {@link #onResume()} only schedule {@link #attach} on
 * {@link Timer}, so the CPS VM thread does no I/O; {@link #connect()} opens the CodeArts client with the build's
 * credentials; the step ends exactly once ({@link #succeed}, {@link #fail}); and the client is closed when the work
 * ends. Only the connection settings and whether the step ended are saved here; the client and the console are
 * opened again after a restart.
 */
@SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED",
        justification = "The client and console are opened again by attach() in onResume()")
abstract class CodeArtsStepExecution extends AbstractStepExecutionImpl {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(CodeArtsStepExecution.class.getName());

    protected final ConnectionSettings settings;
    /** Set once the step ended (or was stopped): nothing more is reported to the context. */
    private volatile boolean finished;

    private transient volatile CodeArtsClient client;
    private transient volatile TaskListener console;

    CodeArtsStepExecution(StepContext context, ConnectionSettings settings) {
        super(context);
        this.settings = settings;
    }

    /**
     * Does the step's work ({@code resuming} false) or continues it after a restart; runs on a {@link Timer} thread,
     * not called once the step ended.
     */
    protected abstract void attach(boolean resuming);

    @Override
    public final boolean start() {
        Timer.get().execute(() -> attachUnlessFinished(false));
        return false;
    }

    /** No super call: it only re-injects Guice step parameters, which these executions do not use. */
    @Override
    public final void onResume() {
        if (!finished) {
            Timer.get().execute(() -> attachUnlessFinished(true));
        }
    }

    private void attachUnlessFinished(boolean resuming) {
        if (!finished) {
            attach(resuming);
        }
    }

    /** Looks up the step's credentials for this build, opens a client and returns an engine on it. */
    protected final CodeArtsEngine connect() throws IOException, InterruptedException {
        Run<?, ?> run = getContext().get(Run.class);
        console = getContext().get(TaskListener.class);
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        client = CodeArtsConnector.open(settings, credentials);
        return new CodeArtsEngine(client, Timer.get());
    }

    /** The build's console, once {@link #connect()} ran. */
    protected final @CheckForNull TaskListener console() {
        return console;
    }

    /** Prints a line to the build's console, if {@link #connect()} ran. */
    protected final void println(String line) {
        TaskListener listener = console;
        if (listener != null) {
            listener.getLogger().println(line);
        }
    }

    protected final boolean isFinished() {
        return finished;
    }

    /** Ends the step with {@code value}, unless it already ended. */
    protected final void succeed(Object value) {
        if (end()) {
            getContext().onSuccess(value);
        }
    }

    /** Ends the step with {@code error}, unless it already ended. */
    protected final void fail(Throwable error) {
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

    protected final void closeClient() {
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
