package io.jenkins.plugins.codearts.emulator.pipeline;

import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.CANCELED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.COMPLETED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.FAILED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.INIT;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.QUEUED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.UNSELECTED;
import static io.jenkins.plugins.codearts.emulator.pipeline.StepLogText.line;
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
 * Runs of pipelines, simulated as a discrete-event system on the emulator clock. Nothing runs in the background:
 * every call first advances all runs to "now", processing due events in time order (step ends, job queue waits,
 * review timeouts) and starting queued runs as slots free. That keeps manual-clock tests exact. This class owns the
 * concurrency limits and the queue and serves start, stop, retry, review decisions and log pages; how one run moves
 * through its stages is {@link RunProgress}'s job. All methods hold the {@link PipelineStore}'s lock, the one lock
 * of all pipeline and run state.
 */
public final class RunSimulator {

    /** Who started a run. */
    public record Executor(String id, String name) {
    }

    /** The run runPipeline's body asks for: description, variables, sources and the chosen jobs or stages. */
    public record RunPipelineBody(String description, Map<String, String> variables, JsonNode sources,
                                  List<String> chooseJobs, List<String> chooseStages) {
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
    private final RunProgress progress;
    private final List<PipelineRun> active = new ArrayList<>();
    private final Deque<PipelineRun> queue = new ArrayDeque<>();

    public RunSimulator(EmulatorContext context, EmulatorSettings settings, PipelineStore store) {
        this.context = context;
        this.clock = context.clock();
        this.settings = settings;
        this.store = store;
        this.planner = new RunPlanner(context);
        this.progress = new RunProgress(context, settings, this::finishRun);
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
        progress.begin(run, now);
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
            progress.cancelCurrentStage(run, now);
            run.status = CANCELED;
            run.endTime = now;
            finishRun(run, now);
        }
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
                progress.begin(run, now);
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
            progress.finishStep(run, owner, job, step, now, pass ? COMPLETED : FAILED, "manual review " + verb + " by " + reviewer);
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
                long runDue = progress.nextDue(run);
                if (runDue < due) {
                    due = runDue;
                    next = run;
                }
            }
            if (next == null || due > now) {
                return;
            }
            progress.processDue(next, due);
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
                progress.begin(candidate, at);
            }
        }
    }
}
