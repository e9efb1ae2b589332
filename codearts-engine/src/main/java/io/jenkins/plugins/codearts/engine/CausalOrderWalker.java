package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Says status changes and reads new log text in the run's causal order: the run's start; then stage by stage its
 * start, entry steps, jobs (each job's start, its steps in order, its end), exit steps and its end. A step's start
 * comes before its first log line and its end after its last; a node's end waits until everything inside it has
 * ended, and a stage whose end waits holds back everything after it (the lines are said once the log is read).
 */
final class CausalOrderWalker {

    private final FollowOptions options;
    private final FollowReporter reporter;
    private final StepLogReader logs;
    private final CompletableFuture<RunResult> result;

    CausalOrderWalker(FollowOptions options, FollowReporter reporter, StepLogReader logs,
            CompletableFuture<RunResult> result) {
        this.options = options;
        this.reporter = reporter;
        this.logs = logs;
        this.result = result;
    }

    /** One pass over the run in pipeline order. */
    void walk(RunView run, StepLogReader.Pass pass) {
        logs.beginPass();
        String runStatus = run.status();
        FollowState state = reporter.state();
        if (!runStatus.isEmpty() && !run.isTerminal()
                && !runStatus.equals(state.reported().get(TransitionDetector.RUN_KEY))) {
            reporter.report(TransitionDetector.RUN_KEY, runStatus,
                    TransitionDetector.runEvent(state.run(), state.runUrl(), run, runStatus));
        }
        for (StageView stage : PipelineWalker.stages(run)) {
            String stageKey = TransitionDetector.stageKey(stage);
            String stageEnd = reportStart(stageKey, stage.status(), stage.startTime(),
                    status -> TransitionDetector.stageEvent(state().run(), state().runUrl(), stage, status));
            boolean open = !walkSteps(stage, null, stage.pre(), pass);
            if (!open) {
                for (JobView job : PipelineWalker.jobs(stage)) {
                    String jobKey = TransitionDetector.jobKey(job);
                    String jobEnd = reportStart(jobKey, job.status(), job.startTime(),
                            status -> TransitionDetector.jobEvent(state().run(), state().runUrl(), stage, job, status));
                    boolean jobOpen = !walkSteps(stage, job, job.steps(), pass);
                    if (result.isDone()) {
                        return;
                    }
                    if (!jobOpen && jobEnd != null) {
                        reporter.report(jobKey, jobEnd,
                                TransitionDetector.jobEvent(state().run(), state().runUrl(), stage, job, jobEnd));
                    }
                    open |= jobOpen;
                }
            }
            if (!open) {
                open = !walkSteps(stage, null, stage.post(), pass);
            }
            if (result.isDone()) {
                return;
            }
            if (!open && stageEnd != null) {
                reporter.report(stageKey, stageEnd,
                        TransitionDetector.stageEvent(state().run(), state().runUrl(), stage, stageEnd));
            }
            if (open && PipelineStatuses.isNodeTerminal(stage.status())) {
                return; // the stage has ended but its end waits for its logs: the next stage's start waits too
            }
        }
    }

    /** Whether every started step's log has been read to its end (or logs are not streamed, or were cut). */
    boolean allLogsComplete(RunView run) {
        FollowState state = reporter.state();
        if (!options.streamLogs() || state.logTruncated()) {
            return true;
        }
        for (StepSlot slot : PipelineWalker.steps(run)) {
            if (slot.step().hasStarted() && !state.cursor(slot.step().id()).complete()) {
                return false;
            }
        }
        return true;
    }

    /** The current state, which every status line names its run and URL from. */
    private FollowState state() {
        return reporter.state();
    }

    /** Walks steps that run one after the other; false when one of them has ended but its end waits for its log. */
    private boolean walkSteps(StageView stage, JobView job, List<StepView> steps, StepLogReader.Pass pass) {
        List<StepView> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(StepView::sequence));
        for (StepView step : ordered) {
            if (!walkStep(new StepSlot(stage, job, step), pass) || result.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** Start line, review notice, new log text, end line of one step; false when its end waits for its log. */
    private boolean walkStep(StepSlot slot, StepLogReader.Pass pass) {
        StepView step = slot.step();
        String key = TransitionDetector.stepKey(step);
        String end = reportStart(key, step.status(), step.startTime(),
                status -> TransitionDetector.stepEvent(state().run(), state().runUrl(), slot, status));
        if (step.isPendingReview() && slot.job() != null
                && !state().reported().containsKey(TransitionDetector.reviewKey(step))) {
            reporter.report(TransitionDetector.reviewKey(step), "PENDING",
                    TransitionDetector.reviewEvent(state().run(), state().runUrl(), slot, options.reviewHint()));
        }
        logs.read(slot, pass);
        if (end == null) {
            return true;
        }
        if (!logDone(step)) {
            return false;
        }
        reporter.report(key, end, TransitionDetector.stepEvent(state().run(), state().runUrl(), slot, end));
        return true;
    }

    /**
     * Says the changes of a node that are not its end (a start, a pause) and returns the end still owed, if any,
     * which the caller says once everything inside the node is said.
     */
    private String reportStart(String key, String status, long startTime, Function<String, FollowEvent> eventFor) {
        String end = null;
        for (String next : TransitionDetector.toReport(status, startTime, state().reported().get(key))) {
            if (PipelineStatuses.isNodeTerminal(next)) {
                end = next;
            } else {
                reporter.report(key, next, eventFor.apply(next));
            }
        }
        return end;
    }

    private boolean logDone(StepView step) {
        FollowState state = reporter.state();
        return !options.streamLogs() || state.logTruncated() || !step.hasStarted()
                || state.cursor(step.id()).complete();
    }
}
