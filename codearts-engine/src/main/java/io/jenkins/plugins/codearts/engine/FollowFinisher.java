package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Ends a follow: stops the remote run on cancel or timeout when asked to (then waits up to
 * {@link FollowOptions#stopWait()} for it), and completes the result with the run's outcome and final lines.
 */
final class FollowFinisher {

    private final RunApi api;
    private final FollowOptions options;
    private final FollowReporter reporter;
    private final FollowedRun run;
    private final LongSupplier clock;
    private final CompletableFuture<RunResult> result;
    private Outcome stoppingOutcome;
    private String stoppingMessage;
    private long stopDeadline;

    FollowFinisher(RunApi api, FollowOptions options, FollowReporter reporter, FollowedRun run, LongSupplier clock,
            CompletableFuture<RunResult> result) {
        this.api = api;
        this.options = options;
        this.reporter = reporter;
        this.run = run;
        this.clock = clock;
        this.result = result;
    }

    /** The remote run was asked to stop; the follow waits for its terminal status. */
    boolean stopping() {
        return stoppingOutcome != null;
    }

    /** The outcome of the finished run: the stop's reason when this follow stopped it, else its status's. */
    Outcome outcomeOf(RunView finished) {
        return stoppingOutcome != null ? stoppingOutcome : Outcome.ofRunStatus(finished.status());
    }

    /** Ends the follow when the stopped run did not reach a terminal status in time; true if it did so. */
    boolean stopWaitOver(long now) {
        if (stoppingOutcome == null || now < stopDeadline) {
            return false;
        }
        finish(stoppingOutcome, stoppingMessage + "; run " + run.label() + " did not reach CANCELED within "
                + HumanDuration.format(options.stopWait()) + "; last status " + run.lastStatus());
        return true;
    }

    void beginStop(Outcome outcome, String reason, boolean stopRemote, Type eventType) {
        stoppingMessage = reason;
        FollowState state = reporter.state();
        if (!stopRemote) {
            reporter.emit(FollowEvent.ofRun(eventType, state.run(), state.runUrl(), run.lastStatus(),
                    reason + "; the remote run " + run.label() + " is left running: " + state.runUrl()));
            finish(outcome, reason + "; remote run left " + run.lastStatus());
            return;
        }
        reporter.emit(FollowEvent.ofRun(eventType, state.run(), state.runUrl(), run.lastStatus(),
                reason + "; stopping run " + run.label()));
        try {
            api.stopRun(state.run());
        } catch (RuntimeException error) {
            reporter.emit(FollowEvent.ofRun(Type.POLL_WARNING, state.run(), state.runUrl(), run.lastStatus(),
                    "Could not stop run " + run.label() + ": " + ClientErrors.describe(error)));
            finish(outcome, reason + "; stopping the run failed: " + ClientErrors.describe(error));
            return;
        }
        stoppingOutcome = outcome;
        stopDeadline = clock.getAsLong() + options.stopWait().toMillis();
        reporter.update(reporter.state().withPhase(Phase.STOPPING));
    }

    void finish(Outcome outcome, String extraMessage) {
        FollowState state = reporter.state();
        RunView last = run.last() != null ? run.last() : new RunView(state.run().runId(), state.run().pipelineId(),
                state.runNumber(), "", 0, 0, state.runUrl(), null, List.of(), List.of());
        String url = state.runUrl();
        if (last.isTerminal() && !last.status().equals(state.reported().get(TransitionDetector.RUN_KEY))) {
            reporter.report(TransitionDetector.RUN_KEY, last.status(),
                    TransitionDetector.runEvent(state.run(), url, last, last.status())); // the run ends last
        }
        String message;
        if (extraMessage != null) {
            message = extraMessage;
        } else if (stoppingOutcome != null) {
            message = stoppingMessage + "; run " + run.label() + " stopped: " + last.status();
        } else {
            message = "Run " + run.label() + " finished: " + last.status();
        }
        List<String> incomplete = new ArrayList<>(reporter.state().incompleteLogs().values());
        if (!incomplete.isEmpty()) {
            message += "; the logs of " + incomplete.size() + (incomplete.size() == 1 ? " step are" : " steps are")
                    + " incomplete";
            reporter.line("WARNING: some log lines could not be read and are missing from this console: "
                    + incomplete.stream().map(path -> "\"" + path + "\"").collect(Collectors.joining(", "))
                    + ". The full logs are on " + (url == null ? "the run's page in CodeArts" : url) + ".");
        }
        List<StageResult> stages = new ArrayList<>();
        for (StageView stage : PipelineWalker.stages(last)) {
            stages.add(new StageResult(stage.id(), stage.name(), stage.sequence(), stage.status(), stage.startTime(),
                    stage.endTime()));
        }
        RunResult runResult = new RunResult(state.run(), state.run().runId(), last.runNumber(), last.status(), url,
                last.startTime(), last.endTime(), stages, last.artifacts(), outcome, message, incomplete);
        reporter.emit(FollowEvent.ofRun(Type.FINISHED, state.run(), url, outcome.name(), message + " (" + outcome
                + ")" + (url == null ? "" : " " + url)));
        reporter.update(reporter.state().withPhase(Phase.DONE));
        result.complete(runResult);
    }
}
