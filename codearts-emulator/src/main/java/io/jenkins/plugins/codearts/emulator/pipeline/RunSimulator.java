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
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.substitute;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.Phase;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Runs of pipelines, simulated as a discrete-event system on the emulator clock. Nothing runs in the
 * background: every call first advances all runs to "now", processing due events in time order (step ends, job
 * queue waits, review timeouts) and starting queued runs as slots free. That keeps manual-clock tests exact.
 * All methods hold the {@link PipelineStore}'s lock, the one lock of all pipeline and run state.
 */
public final class RunSimulator {

    /** Who started a run. */
    public record Executor(String id, String name) {
    }

    /** The run runPipeline's body asks for: description, variables, sources and the chosen jobs or stages. */
    public record RunPipelineBody(String description, Map<String, String> variables, JsonNode sources, List<String> chooseJobs,
                             List<String> chooseStages) {
    }

    /** The outcome of starting a run: the run id, and the queueing error when the run had to wait. */
    public record StartResult(String runId, String queuedErrorCode, String queuedErrorMessage, String queueId) {
    }

    /** A page of a step's log, as showStepLogs answers it. */
    public record LogPage(long startOffset, long endOffset, boolean hasMore, String log) {
    }

    private final EmulatorContext context;
    private final EmulatorClock clock;
    private final EmulatorSettings settings;
    private final PipelineStore store;
    private final RunPlanner planner;
    private final List<PipelineRun> active = new ArrayList<>();
    private final Deque<PipelineRun> queue = new ArrayDeque<>();

    public RunSimulator(EmulatorContext context, EmulatorSettings settings, PipelineStore store) {
        this.context = context;
        this.clock = context.clock();
        this.settings = settings;
        this.store = store;
        this.planner = new RunPlanner(context);
    }

    /** Deletes a pipeline; a pipeline with an unfinished run answers DEVPIPE.00011408. */
    public void deletePipeline(String projectId, String pipelineId) {
        synchronized (store) {
            advance();
            Pipeline pipeline = store.requirePipeline(projectId, pipelineId);
            for (PipelineRun run : store.runs(pipeline)) {
                if (!RunModel.isTerminal(run.status)) {
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011408",
                            "Pipeline is running, cannot be deleted: run #" + run.runNumber + " (" + run.id + ") is " + run.status
                                    + "; stop it first"), "running");
                }
            }
            store.removePipeline(pipeline);
        }
    }

    // ---- runs ----------------------------------------------------------------------------------------------------

    /** Starts a run, queueing or rejecting it per the concurrency settings. */
    public StartResult startRun(Pipeline pipeline, RunPipelineBody request, Executor executor) {
        synchronized (store) {
            return startRunLocked(pipeline, request, executor);
        }
    }

    private StartResult startRunLocked(Pipeline pipeline, RunPipelineBody request, Executor executor) {
        advance();
        long now = clock.millis();
        planner.checkChoice(pipeline, request);

        String limitCode = limitReached(pipeline);
        if (limitCode != null && settings.concurrencyMode() == EmulatorSettings.ConcurrencyMode.REJECT) {
            boolean perPipeline = limitCode.equals("PIPELINE");
            throw new EmulatorHttpException(EmulatorResponse.businessError(
                    perPipeline ? "DEVPIPE.00011104" : "DEVPIPE.00011105",
                    perPipeline ? "Maximum concurrent runs of a single pipeline is " + settings.maxConcurrentRunsPerPipeline()
                            : "Maximum concurrent pipeline runs per tenant is " + settings.maxConcurrentRunsPerTenant()),
                    "concurrency limit");
        }
        PipelineRun run = planner.plan(pipeline, request, executor, now);
        store.addRun(run);
        if (limitCode != null) {
            run.status = QUEUED;
            run.queueId = context.newId();
            queue.addLast(run);
            boolean perPipeline = limitCode.equals("PIPELINE");
            return new StartResult(run.id, perPipeline ? "DEVPIPE.00011169" : "DEVPIPE.00011170",
                    perPipeline ? "The pipeline reached its limit of " + settings.maxConcurrentRunsPerPipeline()
                            + " concurrent runs; the run is queued and starts when a running one ends"
                            : "The tenant reached its limit of " + settings.maxConcurrentRunsPerTenant()
                            + " concurrent pipeline runs; the run is queued and starts when a running one ends",
                    run.queueId);
        }
        begin(run, now);
        active.add(run);
        return new StartResult(run.id, null, null, null);
    }

    /** "PIPELINE" or "TENANT" when a new run of this pipeline must wait, else null. */
    private String limitReached(Pipeline pipeline) {
        long perPipeline = active.stream().filter(r -> r.pipeline == pipeline).count();
        if (perPipeline >= settings.maxConcurrentRunsPerPipeline()) {
            return "PIPELINE";
        }
        if (active.size() >= settings.maxConcurrentRunsPerTenant()) {
            return "TENANT";
        }
        return null;
    }

    /** Stops a run: running steps, jobs and the stage become CANCELED; a queued run is dropped from the queue. */
    public void stop(PipelineRun run) {
        synchronized (store) {
            advance();
            long now = clock.millis();
            if (RunModel.isTerminal(run.status)) {
                return;
            }
            if (run.status.equals(QUEUED)) {
                queue.remove(run);
                run.status = CANCELED;
                run.endTime = now;
                return;
            }
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
            run.status = CANCELED;
            run.endTime = now;
            finishRun(run, now);
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

    /**
     * Re-runs a FAILED or CANCELED run from its first unfinished stage: jobs that completed keep their result, the
     * failed, canceled and not-yet-run ones run again. Other statuses answer DEVCP.00014004.
     */
    public void retry(PipelineRun run) {
        synchronized (store) {
            advance();
            long now = clock.millis();
            if (!run.status.equals(FAILED) && !run.status.equals(CANCELED)) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00014004",
                        "Invalid parameter or body format: run " + run.id + " is " + run.status
                                + "; only FAILED or CANCELED runs can be retried"), "not retryable");
            }
            boolean canceledWhileQueued = run.startTime == null;
            for (StageRun stage : run.stages) {
                if (stage.status.equals(COMPLETED) || stage.status.equals(UNSELECTED)) {
                    continue;
                }
                stage.status = INIT;
                stage.endTime = null;
                stage.phase = Phase.NOT_STARTED;
                for (StepRun step : stage.pre) {
                    if (!step.status.equals(COMPLETED)) {
                        step.reset();
                    }
                }
                for (JobRun job : stage.jobs) {
                    if (!job.status.equals(COMPLETED)) {
                        job.reset();
                    }
                }
                stage.post.forEach(StepRun::reset);
            }
            run.endTime = null;
            if (canceledWhileQueued) {
                run.startTime = null;
            }
            if (limitReached(run.pipeline) != null) {
                run.status = QUEUED;
                run.queueId = context.newId();
                queue.addLast(run);
            } else {
                begin(run, now);
                active.add(run);
            }
        }
    }

    /** Passes or refuses a pending manual review; a step that is not pending answers DEVCP.00014004. */
    public void decideReview(PipelineRun run, String jobRunId, String stepRunId, boolean pass, String reviewer) {
        synchronized (store) {
            advance();
            long now = clock.millis();
            JobRun job = null;
            StageRun owner = null;
            for (StageRun stage : run.stages) {
                for (JobRun candidate : stage.jobs) {
                    if (candidate.id.equals(jobRunId)) {
                        job = candidate;
                        owner = stage;
                    }
                }
            }
            if (job == null) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                        "Related record not in DB: run " + run.id + " has no job '" + jobRunId + "'"), "no job");
            }
            StepRun step = job.steps.stream().filter(s -> s.id.equals(stepRunId)).findFirst().orElse(null);
            if (step == null) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                        "Related record not in DB: job " + jobRunId + " has no step '" + stepRunId + "'"), "no step");
            }
            if (!step.spec.isManualReview()) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00014004",
                        "Invalid parameter or body format: step '" + stepName(step) + "' (" + stepRunId + ") is a "
                                + step.spec.task() + " step, not a manual review (" + StepSpec.MANUAL_REVIEW_TASK + ")"), "not review");
            }
            if (!step.awaitingReview) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00014004",
                        "Invalid parameter or body format: the manual review '" + stepName(step) + "' is not pending (status "
                                + step.status + (step.message == null ? "" : ", " + step.message) + ")"), "not pending");
            }
            String verb = pass ? "passed" : "refused";
            step.log.schedule(line(now, "[INFO] [real_stage: " + stepName(step) + "]: Manual review " + verb + " by " + reviewer + "."));
            finishStep(run, owner, job, step, now, pass ? COMPLETED : FAILED, "manual review " + verb + " by " + reviewer);
            runDueEvents();
        }
    }

    // ---- logs ----------------------------------------------------------------------------------------------------

    /** A page of a step's log; offsets are character offsets into the step's log text, each line ending in '\n'. */
    public LogPage logs(PipelineRun run, String jobRunId, String stepRunId, long startOffset, long endOffset,
                                     int limit, boolean ascending) {
        synchronized (store) {
            advance();
            StepRun step = findStep(run, jobRunId, stepRunId);
            StepLog.Page page = step.log.page(clock.millis(), text -> substitute(text, run.variables), startOffset, endOffset,
                    limit, ascending);
            return new LogPage(page.start(), page.end(), page.hasMore(), page.text());
        }
    }

    private StepRun findStep(PipelineRun run, String jobRunId, String stepRunId) {
        for (StageRun stage : run.stages) {
            for (JobRun job : stage.jobs) {
                if (job.id.equals(jobRunId)) {
                    for (StepRun step : job.steps) {
                        if (step.id.equals(stepRunId)) {
                            return step;
                        }
                    }
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                            "Related record not in DB: job " + jobRunId + " has no step '" + stepRunId + "'"), "no step");
                }
            }
            // Stage entry/exit steps have no job; the stage id stands in as job id for their logs.
            if (stage.id.equals(jobRunId)) {
                for (StepRun step : concat(stage.pre, stage.post)) {
                    if (step.id.equals(stepRunId)) {
                        return step;
                    }
                }
            }
        }
        throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                "Related record not in DB: run " + run.id + " has no job '" + jobRunId + "'"), "no job");
    }

    private static List<StepRun> concat(List<StepRun> a, List<StepRun> b) {
        List<StepRun> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- simulation ----------------------------------------------------------------------------------------------

    /** Brings every run up to the clock's now. Called by every read and write. */
    public void advance() {
        synchronized (store) {
            runDueEvents();
        }
    }

    private void runDueEvents() {
        long now = clock.millis();
        while (true) {
            PipelineRun next = null;
            long due = Long.MAX_VALUE;
            for (PipelineRun run : active) {
                long runDue = nextDue(run);
                if (runDue < due) {
                    due = runDue;
                    next = run;
                }
            }
            if (next == null || due > now) {
                return;
            }
            processDue(next, due);
        }
    }

    private long nextDue(PipelineRun run) {
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

    private void processDue(PipelineRun run, long at) {
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
    private void begin(PipelineRun run, long at) {
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
        finishRun(run, at);
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
    private void finishStep(PipelineRun run, StageRun stage, JobRun job, StepRun step, long at, String forcedStatus,
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
            finishRun(run, at);
        } else {
            nextStage(run, at);
        }
    }

    /** A run ended at {@code at}: free its slot and start queued runs that now fit. */
    private void finishRun(PipelineRun run, long at) {
        active.remove(run);
        Iterator<PipelineRun> waiting = queue.iterator();
        while (waiting.hasNext()) {
            PipelineRun candidate = waiting.next();
            if (limitReached(candidate.pipeline) == null) {
                waiting.remove();
                active.add(candidate);
                begin(candidate, at);
            }
        }
    }
}
