package io.jenkins.plugins.codearts.plugin.builders;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FailureMode;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.FollowException;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.FollowState;
import io.jenkins.plugins.codearts.engine.LogSource;
import io.jenkins.plugins.codearts.engine.RunDetail;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsEnvironmentAction;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsRunAction;
import io.jenkins.plugins.codearts.plugin.steps.FollowSettings;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;

/**
 * The freestyle side of following a run: the same engine, blocking on the executor thread with
 * {@link RunFollow#await()}. An abort interrupts that thread; the engine then cancels the follow (stopping the run when
 * asked) before the build ends.
 */
final class FreestyleRuns {

    private static final Logger LOGGER = Logger.getLogger(FreestyleRuns.class.getName());

    /** Starts or attaches the follow. */
    @FunctionalInterface
    interface Starter {
        RunFollow start(CodeArtsEngine engine, FollowOptions options, FollowListener listener);
    }

    private FreestyleRuns() {
    }

    /**
     * Follows the run to its end. Expected failures (unknown pipeline, CodeArts unreachable, ...) end the build step
     * with a one-line {@link AbortException} that names {@code target}; see {@link ExpectedFailures}.
     */
    static RunResult follow(Run<?, ?> run, TaskListener listener, ConnectionSettings settings,
            FollowSettings followSettings, String target, Starter starter) throws IOException, InterruptedException {
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        FollowOptions options = CodeArtsConnector.followOptions(followSettings.timeoutMinutes,
                followSettings.stopOnAbort, followSettings.logPrefix, settings.region,
                CodeArtsConnector.FREESTYLE_REVIEW_HINT);
        ConsoleListener console = new ConsoleListener(run, listener, settings);
        RunResult result;
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            RunFollow follow = starter.start(new CodeArtsEngine(client, Timer.get()), options, console);
            try {
                result = follow.await();
            } catch (FollowException e) {
                if (Thread.interrupted()) {
                    listener.getLogger().println(followSettings.stopOnAbort ? Messages.FreestyleRuns_stopping()
                            : Messages.FreestyleRuns_leavingRunning());
                    console.followEnded(Messages.FreestyleRuns_abortReason());
                    throw new InterruptedException(Messages.FreestyleRuns_abortReason());
                }
                throw e;
            }
        } catch (RuntimeException e) {
            // The run page says why it stopped before rethrow() throws the one-line AbortException.
            console.followEnded(ExpectedFailures.forBuild(e, target).getMessage());
            throw ExpectedFailures.rethrow(e, target);
        }
        CodeArtsRunAction action = console.action;
        if (action != null) {
            action.onResult(result);
        }
        if (result.runId() != null) {
            run.addOrReplaceAction(new CodeArtsEnvironmentAction(result.runId(), result.url()));
        }
        String summary = FailureMode.describe(result);
        switch (followSettings.failureMode.verdictFor(result.outcome())) {
            case FAIL_BUILD -> throw new AbortException(summary);
            case MARK_UNSTABLE -> {
                listener.getLogger().println(summary);
                run.setResult(Result.UNSTABLE);
            }
            default -> listener.getLogger().println(summary);
        }
        return result;
    }

    /** Console output plus the build page and environment updates. */
    private static final class ConsoleListener implements FollowListener {
        private final Run<?, ?> run;
        private final TaskListener listener;
        private final ConnectionSettings settings;
        volatile CodeArtsRunAction action;

        ConsoleListener(Run<?, ?> run, TaskListener listener, ConnectionSettings settings) {
            this.run = run;
            this.listener = listener;
            this.settings = settings;
        }

        @Override
        public void onLine(String line) {
            listener.getLogger().println(line);
        }

        /** The build step fails with this reason as its one {@code ERROR:} line; printing it here would say it twice. */
        @Override
        public void onFollowFailed(String line) {
        }

        @Override
        public void onLogLine(String line, LogSource source) {
            CodeArtsRunAction current = action;
            if (current == null) {
                onLine(line);
            } else {
                current.onLogLine(line, source, listener);
            }
        }

        @Override
        public void onRunDetail(RunDetail detail) {
            CodeArtsRunAction current = action;
            if (current != null) {
                current.onRunDetail(detail);
            }
        }

        /** The follow ended without a result: the run page stops refreshing and says why. */
        void followEnded(String reason) {
            CodeArtsRunAction current = action;
            if (current != null) {
                current.onFollowEnded(reason);
            }
        }

        @Override
        public void onEvent(FollowEvent event) {
            try {
                if (event.type() == FollowEvent.Type.RUN_STARTED && event.run() != null) {
                    CodeArtsRunAction attached = CodeArtsRunAction.attach(run, event.run(), settings);
                    attached.onRunInfo(0, event.url());
                    attached.attachConsole(listener);
                    if (attached != action) {
                        attached.beginFollow();
                    }
                    action = attached;
                    run.addOrReplaceAction(new CodeArtsEnvironmentAction(event.run().runId(), event.url()));
                }
                CodeArtsRunAction current = action;
                if (current != null) {
                    current.onEvent(event);
                }
            } catch (IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Could not record CodeArts event " + event.type(), e);
            }
        }

        @Override
        public void onStateChanged(FollowState state) {
            CodeArtsRunAction current = action;
            if (current != null) {
                current.onRunInfo(state.runNumber(), state.runUrl());
            }
        }
    }
}
