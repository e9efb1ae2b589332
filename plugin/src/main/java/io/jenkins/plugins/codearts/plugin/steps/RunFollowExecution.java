package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FailureMode;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.FollowState;
import io.jenkins.plugins.codearts.engine.LogSource;
import io.jenkins.plugins.codearts.engine.RunDetail;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsEnvironmentAction;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsRunAction;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Follows one CodeArts run for a Pipeline step and survives a controller restart. {@link #start()} only schedules
 * work on {@link Timer} and returns: the CPS VM thread never does I/O. The engine's {@link FollowState} is kept here
 * (as bytes, see {@link StateCodec}) and saved with the program whenever the engine reports a change, so
 * {@link #onResume()} continues from the last saved log offsets without printing lines twice.
 */
@SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED",
        justification = "The follow and the run page action are created again by attach() in onResume()")
abstract class RunFollowExecution extends CodeArtsStepExecution implements FollowListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(RunFollowExecution.class.getName());

    private final FollowSettings followSettings;
    /** Java-serialized {@link FollowState}; null until the engine reported one. */
    private volatile byte[] savedState;
    /** Set by {@link #stop(Throwable)}: the step ends with this once the remote run was stopped. */
    private volatile Throwable stopCause;
    /** {@code wait: false} returned: the follow is being detached and says nothing more. */
    private volatile boolean detached;

    private transient volatile RunFollow follow;
    private transient volatile CodeArtsRunAction runAction;

    RunFollowExecution(StepContext context, ConnectionSettings settings, FollowSettings followSettings) {
        super(context, settings);
        this.followSettings = followSettings;
    }

    /** What the step works on, for failure messages: {@code pipelineId "…", runId "…"}. */
    protected abstract String target();

    /** Begins the follow: starts a run, or attaches to an existing one. Runs on a {@link Timer} thread. */
    protected abstract RunFollow begin(CodeArtsEngine engine, FollowOptions options, FollowListener listener)
            throws IOException, InterruptedException;

    /**
     * What to do after a restart when no state was saved yet; the default fails with an explanation. Runs on a
     * {@link Timer} thread.
     */
    protected RunFollow resumeWithoutState(CodeArtsEngine engine, FollowOptions options, FollowListener listener)
            throws IOException, InterruptedException {
        throw new AbortException(Messages.RunFollowExecution_restartBeforeStart());
    }

    /**
     * True to end the step as soon as the run exists (its id and URL are known), leaving the run going on in
     * CodeArts: the follow is then detached without stopping the run.
     */
    protected boolean returnWhenStarted() {
        return false;
    }

    @Override
    protected void attach(boolean resuming) {
        if (stopCause != null) {
            return;
        }
        try {
            Run<?, ?> run = getContext().get(Run.class);
            CodeArtsEngine engine = connect();
            FollowOptions options = CodeArtsConnector.followOptions(followSettings.timeoutMinutes,
                    followSettings.stopOnAbort, followSettings.logPrefix, settings.region,
                    CodeArtsConnector.PIPELINE_REVIEW_HINT);
            if (returnWhenStarted()) {
                options = options.toBuilder().streamLogs(false).stopOnCancel(false).stopOnTimeout(false).build();
            }
            FollowState state = StateCodec.decode(savedState);
            RunFollow started;
            if (!resuming) {
                started = begin(engine, options, this);
            } else if (state == null || state.run() == null) {
                started = resumeWithoutState(engine, options, this);
            } else {
                println(Messages.RunFollowExecution_resuming(state.run().runId()));
                attachRunAction(run, state.run(), state.runNumber(), state.runUrl());
                started = engine.resume(state, options, this);
            }
            follow = started;
            started.result().whenComplete(this::finish);
            if (isFinished() && returnWhenStarted()) {
                started.cancel(Messages.RunFollowExecution_detachReason());
            }
            if (stopCause != null) {
                // stop() arrived while we were starting: honour it now that there is something to stop.
                started.cancel(Messages.RunFollowExecution_abortReason());
            }
        } catch (Throwable e) {
            closeClient();
            Throwable failure = ExpectedFailures.forBuild(e, target());
            CodeArtsRunAction action = runAction;
            if (action != null) {
                action.onFollowEnded(failure.getMessage()); // e.g. resuming failed: the page stops saying "live"
            }
            fail(failure);
        }
    }

    // ---- FollowListener: called on engine threads, one call at a time per follow.

    @Override
    public void onLine(String line) {
        if (!detached) {
            println(line);
        }
    }

    /** The step ends with this reason as its one {@code ERROR:} line; printing it here too would say it twice. */
    @Override
    public void onFollowFailed(String line) {
    }

    /** A step's log line: after the step's header on its first line, and kept by the run page for a failed step. */
    @Override
    public void onLogLine(String line, LogSource source) {
        if (detached) {
            return;
        }
        CodeArtsRunAction action = runAction;
        if (action == null) {
            onLine(line);
        } else {
            action.onLogLine(line, source, console());
        }
    }

    @Override
    public void onRunDetail(RunDetail detail) {
        CodeArtsRunAction action = runAction;
        if (action != null && !detached) {
            action.onRunDetail(detail);
        }
    }

    @Override
    public void onEvent(FollowEvent event) {
        if (detached) {
            return;
        }
        try {
            if (event.type() == FollowEvent.Type.RUN_STARTED && event.run() != null) {
                Run<?, ?> run = getContext().get(Run.class);
                attachRunAction(run, event.run(), 0, event.url());
                run.addOrReplaceAction(new CodeArtsEnvironmentAction(event.run().runId(), event.url()));
                run.save();
            }
            CodeArtsRunAction action = runAction;
            if (action != null) {
                action.onEvent(event);
            }
            if (event.type() == FollowEvent.Type.RUN_STARTED && event.run() != null && returnWhenStarted()) {
                returnStarted(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not record CodeArts event " + event.type(), e);
        }
    }

    @Override
    public void onStateChanged(FollowState state) {
        if (detached) {
            return;
        }
        savedState = StateCodec.encode(state);
        CodeArtsRunAction action = runAction;
        if (action != null) {
            action.onRunInfo(state.runNumber(), state.runUrl());
        }
        getContext().saveState();
    }

    private void attachRunAction(Run<?, ?> run, RunRef ref, int runNumber, @CheckForNull String url)
            throws IOException {
        CodeArtsRunAction action = CodeArtsRunAction.attach(run, ref, settings);
        action.onRunInfo(runNumber, url);
        action.attachConsole(console());
        if (action != runAction) {
            // Once per follow: a resumed follow reports RUN_STARTED again, which must not reset the recorder or the
            // steps whose console header was already written.
            action.beginFollow();
        }
        runAction = action;
    }

    // ---- the end

    /** {@code wait: false}: the run exists; hand back its id and URL and stop following (the run goes on). */
    private void returnStarted(FollowEvent event) {
        if (isFinished()) {
            return;
        }
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("runId", event.run().runId());
        started.put("url", event.url());
        started.put("status", event.status() == null ? "RUNNING" : event.status());
        started.put("projectId", event.run().projectId());
        started.put("pipelineId", event.run().pipelineId());
        println(Messages.RunFollowExecution_notWaiting());
        // The engine's own lines about the detach ("Cancelled: …, left running") would only confuse: mute them.
        detached = true;
        CodeArtsRunAction action = runAction;
        if (action != null) {
            action.onFollowEnded(null);
        }
        succeed(started);
        RunFollow current = follow;
        Timer.get().execute(() -> {
            RunFollow detach = current != null ? current : follow;
            if (detach != null) {
                detach.cancel(Messages.RunFollowExecution_detachReason());
            }
        });
    }

    private void finish(RunResult result, Throwable error) {
        closeClient();
        if (isFinished()) {
            return;
        }
        if (error != null) {
            Throwable cause = stopCause;
            Throwable failure = cause != null ? cause : ExpectedFailures.forBuild(error, target());
            CodeArtsRunAction action = runAction;
            if (action != null) {
                action.onFollowEnded(failure.getMessage());
            }
            fail(failure);
            return;
        }
        try {
            Run<?, ?> run = getContext().get(Run.class);
            CodeArtsRunAction action = runAction;
            if (action == null && result.run() != null) {
                attachRunAction(run, result.run(), result.runNumber(), result.url());
                action = runAction;
            }
            if (action != null) {
                action.onResult(result);
            }
            if (result.runId() != null) {
                run.addOrReplaceAction(new CodeArtsEnvironmentAction(result.runId(), result.url()));
            }
            Throwable cause = stopCause;
            if (cause != null) {
                fail(cause);
                return;
            }
            switch (followSettings.failureMode.verdictFor(result.outcome())) {
                case FAIL_BUILD -> fail(new AbortException(FailureMode.describe(result)));
                case MARK_UNSTABLE -> {
                    // As the unstable step does: the stage views read the FlowNode, currentBuild.result the run.
                    String summary = FailureMode.describe(result);
                    FlowNode node = getContext().get(FlowNode.class);
                    if (node != null) {
                        node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(summary));
                    }
                    run.setResult(Result.UNSTABLE);
                    println(summary);
                    succeed(result.toMap());
                }
                default -> succeed(result.toMap());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /**
     * Build aborted: with stopOnAbort the engine asks CodeArts to stop the run and waits (bounded) for CANCELED; the
     * step then ends with {@code cause}. Runs the cancel off the calling thread.
     */
    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
        stopCause = cause;
        RunFollow current = follow;
        if (current == null) {
            fail(cause);
            return;
        }
        println(followSettings.stopOnAbort ? Messages.RunFollowExecution_stopping()
                : Messages.RunFollowExecution_leavingRunning());
        Timer.get().execute(() -> current.cancel(Messages.RunFollowExecution_abortReason()));
    }

    @Override
    public String getStatus() {
        FollowState state = safeState();
        return state == null ? "starting a CodeArts run" : "following " + state.run() + " (" + state.phase() + ")";
    }

    private @CheckForNull FollowState safeState() {
        try {
            return StateCodec.decode(savedState);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
