package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a fresh run detail with what was already reported and produces one line per stage, job or step whose status
 * changed, never one per poll. Nodes that have not started produce nothing; unselected ones neither. Also spots manual
 * reviews that became pending.
 */
final class TransitionDetector {

    static final String RUN_KEY = "run";

    private TransitionDetector() {
    }

    /** Lines and events to emit, and the entries to merge into {@link FollowState#reported()}. */
    record Changes(List<FollowEvent> events, Map<String, String> reported) {
        boolean isEmpty() {
            return events.isEmpty();
        }
    }

    static Changes detect(RunRef ref, String url, RunView run, Map<String, String> alreadyReported, String reviewHint) {
        List<FollowEvent> events = new ArrayList<>();
        Map<String, String> changes = new LinkedHashMap<>();
        if (!run.status().isEmpty() && !run.status().equals(alreadyReported.get(RUN_KEY))) {
            changes.put(RUN_KEY, run.status());
            String label = run.runNumber() > 0 ? "Run #" + run.runNumber() : "Run " + run.runId();
            events.add(FollowEvent.ofRun(Type.RUN_STATUS, ref, url, run.status(),
                    label + ": " + run.status() + duration(run.startTime(), run.endTime(), run.isTerminal())));
        }
        for (StageView stage : PipelineWalker.stages(run)) {
            String stageLabel = PipelineWalker.label(stage.name(), stage.id());
            if (changed("stage:" + stage.id(), stage.status(), stage.startTime(), alreadyReported, changes)) {
                events.add(new FollowEvent(Type.STAGE_STATUS, ref, url, stage.id(), stage.name(), null, null, null,
                        null, stage.status(), "Stage \"" + stageLabel + "\": " + stage.status()
                                + duration(stage.startTime(), stage.endTime(), Statuses.isNodeTerminal(stage.status()))));
            }
            for (JobView job : PipelineWalker.jobs(stage)) {
                if (changed("job:" + job.id(), job.status(), job.startTime(), alreadyReported, changes)) {
                    events.add(new FollowEvent(Type.JOB_STATUS, ref, url, stage.id(), stage.name(), job.id(),
                            job.name(), null, null, job.status(),
                            "Job \"" + stageLabel + " › " + PipelineWalker.label(job.name(), job.id()) + "\": "
                                    + job.status()
                                    + duration(job.startTime(), job.endTime(), Statuses.isNodeTerminal(job.status()))));
                }
            }
        }
        for (StepSlot slot : PipelineWalker.steps(run)) {
            StepView step = slot.step();
            if (changed("step:" + step.id(), step.status(), step.startTime(), alreadyReported, changes)) {
                events.add(new FollowEvent(Type.STEP_STATUS, ref, url, slot.stage().id(), slot.stage().name(),
                        slot.job() == null ? null : slot.job().id(), slot.job() == null ? null : slot.job().name(),
                        step.id(), step.name(), step.status(), "Step \"" + slot.path() + "\": " + step.status()
                                + duration(step.startTime(), step.endTime(), step.isTerminal())));
            }
            String reviewKey = "review:" + step.id();
            if (step.isPendingReview() && slot.job() != null && !alreadyReported.containsKey(reviewKey)) {
                changes.put(reviewKey, "PENDING");
                events.add(new FollowEvent(Type.REVIEW_PENDING, ref, url, slot.stage().id(), slot.stage().name(),
                        slot.job().id(), slot.job().name(), step.id(), step.name(), step.status(),
                        reviewLine(ref, url, slot, reviewHint)));
            }
        }
        return new Changes(events, changes);
    }

    private static boolean changed(String key, String status, long startTime, Map<String, String> reported,
            Map<String, String> changes) {
        if (status.isEmpty() || status.equals(reported.get(key))) {
            return false;
        }
        boolean neverReported = !reported.containsKey(key);
        if (neverReported && (!Statuses.hasStarted(status, startTime) && !status.equals("SKIPPED")
                || status.equals("UNSELECTED"))) {
            return false; // nothing has happened to it yet, or it was deliberately left out of this run
        }
        changes.put(key, status);
        return true;
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
