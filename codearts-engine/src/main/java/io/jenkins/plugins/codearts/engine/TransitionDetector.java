package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.List;

/**
 * Decides which status lines a node (run, stage, job or step) is owed, compared with what was already reported, and
 * builds them: one line per change, never one per poll. Nodes that have not started produce nothing; unselected ones
 * neither. A node first seen already finished is owed its start too ("RUNNING"), so every step that ran gets a start
 * line before its log and its end after it, however short it was. {@link CausalOrderWalker} says these lines in the run's
 * causal order.
 */
final class TransitionDetector {

    static final String RUN_KEY = "run";
    /** The status said for a node whose start the follow never saw (it began and ended between two polls). */
    static final String STARTED = "RUNNING";

    private TransitionDetector() {
    }

    /**
     * The statuses a node is owed, in order: nothing, a change, or — for a node never reported that has already
     * finished — {@link #STARTED} followed by its final status.
     */
    static List<String> toReport(String status, long startTime, String alreadyReported) {
        String now = PipelineStatuses.normalize(status);
        if (now.isEmpty() || now.equals(alreadyReported)) {
            return List.of();
        }
        if (alreadyReported == null) {
            if (now.equals("UNSELECTED")) {
                return List.of(); // deliberately left out of this run
            }
            if (!PipelineStatuses.hasStarted(now, startTime)) {
                return now.equals("SKIPPED") ? List.of(now) : List.of();
            }
            if (PipelineStatuses.isNodeTerminal(now)) {
                return List.of(STARTED, now);
            }
        }
        return List.of(now);
    }

    static String stageKey(StageView stage) {
        return "stage:" + stage.id();
    }

    static String jobKey(JobView job) {
        return "job:" + job.id();
    }

    static String stepKey(StepView step) {
        return "step:" + step.id();
    }

    static String reviewKey(StepView step) {
        return "review:" + step.id();
    }

    static FollowEvent runEvent(RunRef ref, String url, RunView run, String status) {
        String label = run.runNumber() > 0 ? "Run #" + run.runNumber() : "Run " + run.runId();
        return FollowEvent.ofRun(Type.RUN_STATUS, ref, url, status, label + ": " + status
                + duration(run.startTime(), run.endTime(), PipelineStatuses.isRunTerminal(status)));
    }

    static FollowEvent stageEvent(RunRef ref, String url, StageView stage, String status) {
        return new FollowEvent(Type.STAGE_STATUS, ref, url, stage.id(), stage.name(), null, null, null, null, status,
                "Stage \"" + PipelineWalker.label(stage.name(), stage.id()) + "\": " + status
                        + duration(stage.startTime(), stage.endTime(), PipelineStatuses.isNodeTerminal(status)));
    }

    static FollowEvent jobEvent(RunRef ref, String url, StageView stage, JobView job, String status) {
        return new FollowEvent(Type.JOB_STATUS, ref, url, stage.id(), stage.name(), job.id(), job.name(), null, null,
                status, "Job \"" + PipelineWalker.label(stage.name(), stage.id()) + " › "
                        + PipelineWalker.label(job.name(), job.id()) + "\": " + status
                        + duration(job.startTime(), job.endTime(), PipelineStatuses.isNodeTerminal(status)));
    }

    static FollowEvent stepEvent(RunRef ref, String url, StepSlot slot, String status) {
        StepView step = slot.step();
        return new FollowEvent(Type.STEP_STATUS, ref, url, slot.stage().id(), slot.stage().name(),
                slot.job() == null ? null : slot.job().id(), slot.job() == null ? null : slot.job().name(),
                step.id(), step.name(), status, "Step \"" + slot.path() + "\": " + status
                        + duration(step.startTime(), step.endTime(), PipelineStatuses.isNodeTerminal(status)));
    }

    /** The review-pending event of a review step that waits on a person (its job is the one pass/refuse need). */
    static FollowEvent reviewEvent(RunRef ref, String url, StepSlot slot, String reviewHint) {
        StepView step = slot.step();
        return new FollowEvent(Type.REVIEW_PENDING, ref, url, slot.stage().id(), slot.stage().name(),
                slot.job().id(), slot.job().name(), step.id(), step.name(), step.status(),
                reviewLine(ref, url, slot, reviewHint));
    }

    private static String reviewLine(RunRef ref, String url, StepSlot slot, String reviewHint) {
        String hint = reviewHint == null ? "" : reviewHint
                .replace("{projectId}", ref.projectId())
                .replace("{pipelineId}", ref.pipelineId())
                .replace("{runId}", ref.runId())
                .replace("{jobRunId}", slot.job().id())
                .replace("{stepRunId}", slot.step().id());
        return "Manual review pending: \"" + slot.path() + "\" (job_run_id " + slot.job().id() + ", step_run_id "
                + slot.step().id() + "). Approve or reject it on " + (url == null ? "the run's page" : url)
                + (hint.isBlank() ? "" : " or " + hint) + ".";
    }

    static String duration(long start, long end, boolean terminal) {
        if (!terminal || start <= 0 || end < start) {
            return "";
        }
        return " in " + HumanDuration.format(java.time.Duration.ofSeconds((end - start) / 1000));
    }
}
