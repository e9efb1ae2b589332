package io.jenkins.plugins.codearts.emulator.pipeline;

import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.CANCELED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.COMPLETED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.FAILED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.INIT;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PAUSED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.QUEUED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.RUNNING;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.UNSELECTED;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.defaultLogs;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.formatDuration;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.line;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.prefixed;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.stepName;

import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.Phase;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import java.util.List;

/**
 * Moves one run through its stages, jobs and steps: when its next event is due, and what starting or ending a step,
 * job or stage does (logs, review waits, scripted outcomes, the next step). The {@link RunSimulator} decides which run
 * moves when and is told when a run ends. Call under the {@link PipelineStore} lock.
 */
final class RunProgress {

    /** Told when a run reaches a terminal status, so its concurrency slot can go to a queued run. */
    @FunctionalInterface
    interface RunEnded {
        void ended(PipelineRun run, long at);
    }

    private final EmulatorContext context;
    private final EmulatorSettings settings;
    private final RunEnded ended;

    RunProgress(EmulatorContext context, EmulatorSettings settings, RunEnded ended) {
        this.context = context;
        this.settings = settings;
        this.ended = ended;
    }

    /** Stop: the running steps and unfinished jobs of the current stage, and the stage, become CANCELED at {@code now}. */
    void cancelCurrentStage(PipelineRun run, long now) {
        StageRun stage = run.currentStage();
        if (stage != null) {
            for (StepRun step : stage.pre) {
                cancelStep(step, now);
            }
            for (JobRun job : stage.jobs) {
                if (job.status.equals(QUEUED) || job.status.equals(RUNNING) || job.status.equals(PAUSED) || job.status.equals(INIT)) {
                    StepRun step = job.current();
                    if (step != null) {
                        cancelStep(step, now);
                    }
                    job.status = CANCELED;
                    job.message = "canceled by user";
                    job.endTime = now;
                    job.queuedUntil = Long.MAX_VALUE;
                }
            }
            for (StepRun step : stage.post) {
                cancelStep(step, now);
            }
            stage.status = CANCELED;
            stage.endTime = now;
            stage.phase = Phase.DONE;
        }
    }

    long nextDue(PipelineRun run) {
        StageRun stage = run.currentStage();
        if (stage == null) {
            return Long.MAX_VALUE;
        }
        return switch (stage.phase) {
            case PRE -> stage.pre.get(stage.phaseIndex).dueAt;
            case POST -> stage.post.get(stage.phaseIndex).dueAt;
            case JOBS -> {
                long due = Long.MAX_VALUE;
                for (JobRun job : stage.jobs) {
                    if (job.status.equals(QUEUED)) {
                        due = Math.min(due, job.queuedUntil);
                    } else if (job.status.equals(RUNNING) || job.status.equals(PAUSED)) {
                        StepRun step = job.current();
                        if (step != null) {
                            due = Math.min(due, step.dueAt);
                        }
                    }
                }
                yield due;
            }
            default -> Long.MAX_VALUE;
        };
    }

    void processDue(PipelineRun run, long at) {
        StageRun stage = run.currentStage();
        switch (stage.phase) {
            case PRE -> finishStep(run, stage, null, stage.pre.get(stage.phaseIndex), at, null, null);
            case POST -> finishStep(run, stage, null, stage.post.get(stage.phaseIndex), at, null, null);
            case JOBS -> {
                for (JobRun job : stage.jobs) {
                    if (job.status.equals(QUEUED) && job.queuedUntil == at) {
                        runJob(run, stage, job, at);
                        return;
                    }
                    StepRun step = job.current();
                    if ((job.status.equals(RUNNING) || job.status.equals(PAUSED)) && step != null && step.dueAt == at) {
                        finishStep(run, stage, job, step, at, null, null);
                        return;
                    }
                }
                throw new IllegalStateException("no due event at " + at + " in run " + run.id);
            }
            default -> throw new IllegalStateException("stage " + stage.id + " has no due event");
        }
    }

    /** Starts (or resumes after retry) a run at time {@code at}. */
    void begin(PipelineRun run, long at) {
        run.status = RUNNING;
        if (run.startTime == null) {
            run.startTime = at;
        }
        run.queueId = null;
        nextStage(run, at);
    }

    private void nextStage(PipelineRun run, long at) {
        for (StageRun stage : run.stages) {
            if (stage.status.equals(COMPLETED) || stage.status.equals(UNSELECTED)) {
                continue;
            }
            stage.status = RUNNING;
            if (stage.startTime == null) {
                stage.startTime = at;
            }
            for (int i = 0; i < stage.pre.size(); i++) {
                if (!stage.pre.get(i).status.equals(COMPLETED)) {
                    stage.phase = Phase.PRE;
                    stage.phaseIndex = i;
                    startStep(run, null, stage.pre.get(i), at);
                    return;
                }
            }
            startJobs(run, stage, at);
            return;
        }
        run.status = COMPLETED;
        run.endTime = at;
        ended.ended(run, at);
    }

    private void startJobs(PipelineRun run, StageRun stage, long at) {
        stage.phase = Phase.JOBS;
        for (JobRun job : stage.jobs) {
            if (!job.selected || job.status.equals(COMPLETED)) {
                continue;
            }
            job.startTime = at;
            job.lastDispatchId = context.newId();
            long queueMillis = settings.jobQueueTime().toMillis();
            if (queueMillis > 0) {
                job.status = QUEUED;
                job.queuedUntil = at + queueMillis;
            } else {
                runJob(run, stage, job, at);
            }
        }
        checkJobsDone(run, stage, at);
    }

    private void runJob(PipelineRun run, StageRun stage, JobRun job, long at) {
        job.status = RUNNING;
        job.queuedUntil = Long.MAX_VALUE;
        if (job.steps.isEmpty()) {
            job.status = COMPLETED;
            job.message = "not found steps";
            job.endTime = at;
            checkJobsDone(run, stage, at);
            return;
        }
        job.currentStep = 0;
        startStep(run, job, job.steps.get(0), at);
    }

    private void startStep(PipelineRun run, JobRun job, StepRun step, long at) {
        step.status = RUNNING;
        step.startTime = at;
        step.endTime = null;
        step.message = null;
        step.lastDispatchId = context.newId();
        step.log.clear();
        String name = stepName(step);
        step.log.schedule(line(at, "[INFO] [real_stage: " + name + "]: This step starts to be executed."));
        if (step.spec.isManualReview()) {
            long timeout = step.spec.reviewTimeoutMillis() != null ? step.spec.reviewTimeoutMillis() : settings.reviewTimeout().toMillis();
            String onTimeout = step.spec.reviewTimeoutOutcome() != null ? step.spec.reviewTimeoutOutcome()
                    : settings.reviewTimeoutOutcome().name();
            step.awaitingReview = true;
            step.dueAt = at + timeout;
            step.log.schedule(line(at, "[INFO] [real_stage: " + name + "]: Waiting for manual review: pass or refuse it within "
                    + formatDuration(timeout) + " (on timeout the review is " + (onTimeout.equals("PASS") ? "passed" : "refused") + ")."));
            for (String text : step.spec.logs()) {
                step.log.schedule(line(at, prefixed(text)));
            }
            if (job != null) {
                job.status = PAUSED;
            }
            return;
        }
        long duration = step.spec.durationMillis();
        step.dueAt = at + duration;
        List<String> script = step.spec.logs().isEmpty() ? defaultLogs(step.spec) : step.spec.logs();
        int count = script.size();
        for (int i = 0; i < count; i++) {
            long emitAt = at + (duration * (i + 1)) / (count + 1);
            step.log.schedule(line(emitAt, prefixed(script.get(i))));
        }
    }

    /**
     * Ends a step at {@code at}. {@code forcedStatus} is set for review decisions; otherwise the step's scripted
     * outcome (or the review timeout outcome) applies.
     */
    void finishStep(PipelineRun run, StageRun stage, JobRun job, StepRun step, long at, String forcedStatus,
                            String forcedMessage) {
        String status;
        String message;
        String name = stepName(step);
        if (forcedStatus != null) {
            status = forcedStatus;
            message = forcedMessage;
        } else if (step.spec.isManualReview()) {
            String onTimeout = step.spec.reviewTimeoutOutcome() != null ? step.spec.reviewTimeoutOutcome()
                    : settings.reviewTimeoutOutcome().name();
            boolean pass = onTimeout.equals("PASS");
            status = pass ? COMPLETED : FAILED;
            message = "manual review timed out and was " + (pass ? "passed" : "refused");
            step.log.schedule(line(at, "[" + (pass ? "WARN" : "ERROR") + "] [real_stage: " + name + "]: No decision in time: "
                    + message + "."));
        } else {
            status = step.spec.outcome();
            message = status.equals(FAILED)
                    ? (step.spec.failureMessage() != null ? step.spec.failureMessage() : "step " + name + " failed") : null;
        }
        step.status = status;
        step.message = message;
        step.endTime = at;
        step.dueAt = Long.MAX_VALUE;
        step.awaitingReview = false;
        step.log.schedule(line(at, status.equals(COMPLETED)
                ? "[INFO] [real_stage: " + name + "]: This step is complete."
                : "[ERROR] [real_stage: " + name + "]: This step failed: " + message));

        if (job == null) {
            boolean pre = stage.phase == Phase.PRE;
            List<StepRun> list = pre ? stage.pre : stage.post;
            if (status.equals(FAILED)) {
                finishStage(run, stage, at, true);
                return;
            }
            if (stage.phaseIndex + 1 < list.size()) {
                stage.phaseIndex++;
                startStep(run, null, list.get(stage.phaseIndex), at);
            } else if (pre) {
                startJobs(run, stage, at);
            } else {
                finishStage(run, stage, at, false);
            }
            return;
        }
        if (status.equals(FAILED)) {
            job.status = FAILED;
            job.message = message;
            job.endTime = at;
        } else if (job.currentStep + 1 < job.steps.size()) {
            job.status = RUNNING;
            job.currentStep++;
            startStep(run, job, job.steps.get(job.currentStep), at);
            return;
        } else {
            job.status = COMPLETED;
            job.endTime = at;
        }
        checkJobsDone(run, stage, at);
    }

    private void checkJobsDone(PipelineRun run, StageRun stage, long at) {
        if (stage.phase != Phase.JOBS) {
            return;
        }
        for (JobRun job : stage.jobs) {
            if (job.selected && !RunModel.isTerminal(job.status)) {
                return;
            }
        }
        boolean failed = stage.jobs.stream().anyMatch(j -> j.status.equals(FAILED));
        if (!failed && !stage.post.isEmpty()) {
            stage.phase = Phase.POST;
            stage.phaseIndex = 0;
            startStep(run, null, stage.post.get(0), at);
            return;
        }
        finishStage(run, stage, at, failed);
    }

    private void finishStage(PipelineRun run, StageRun stage, long at, boolean failed) {
        stage.status = failed ? FAILED : COMPLETED;
        stage.endTime = at;
        stage.phase = Phase.DONE;
        if (failed) {
            run.status = FAILED;
            run.endTime = at;
            ended.ended(run, at);
        } else {
            nextStage(run, at);
        }
    }

    private void cancelStep(StepRun step, long now) {
        if (!step.status.equals(RUNNING)) {
            return;
        }
        step.log.dropAfter(now);
        step.log.schedule(line(now, "[WARN] [real_stage: " + stepName(step) + "]: The step was canceled by the user."));
        step.status = CANCELED;
        step.endTime = now;
        step.dueAt = Long.MAX_VALUE;
        step.awaitingReview = false;
        step.message = "canceled by user";
    }
}
