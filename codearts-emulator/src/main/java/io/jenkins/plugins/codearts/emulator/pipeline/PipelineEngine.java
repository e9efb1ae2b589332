package io.jenkins.plugins.codearts.emulator.pipeline;

import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.CANCELED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.COMPLETED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.FAILED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.INIT;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PAUSED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.QUEUED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.RUNNING;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.UNSELECTED;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.LogLine;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.Phase;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pipelines and their runs, simulated as a discrete-event system on the emulator clock. Nothing runs in the
 * background: every call first advances all runs to "now", processing due events in time order (step ends, job
 * queue waits, review timeouts) and starting queued runs as slots free. That keeps manual-clock tests exact.
 * All methods are thread-safe (one lock).
 */
public final class PipelineEngine {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS 'GMT+00:00'")
            .withZone(ZoneOffset.UTC);

    /** Who started a run. */
    public record Executor(String id, String name) {
    }

    /** What runPipeline asked for. */
    public record RunRequest(String description, Map<String, String> variables, JsonNode sources, List<String> chooseJobs,
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
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    private final Map<String, PipelineRun> runs = new LinkedHashMap<>();
    private final Map<String, List<PipelineRun>> runsByPipeline = new LinkedHashMap<>();
    private final List<PipelineRun> active = new ArrayList<>();
    private final Deque<PipelineRun> queue = new ArrayDeque<>();

    public PipelineEngine(EmulatorContext context, EmulatorSettings settings) {
        this.context = context;
        this.clock = context.clock();
        this.settings = settings;
    }

    // ---- pipelines -----------------------------------------------------------------------------------------------

    /** Adds a pipeline (scenario load or createPipeline). The id must be unused. */
    public synchronized Pipeline addPipeline(String id, String projectId, String name, String description, boolean isPublish,
                                             String componentId, String creatorId, List<StageSpec> stages, JsonNode sources,
                                             JsonNode variables, String groupId) {
        String pipelineId = id == null ? context.newId() : id;
        if (pipelines.containsKey(pipelineId)) {
            throw new ScenarioException("pipeline id " + pipelineId + " is already used by '" + pipelines.get(pipelineId).name + "'");
        }
        Pipeline pipeline = new Pipeline(pipelineId, projectId, name, description, isPublish, componentId, creatorId,
                clock.millis(), stages, sources, variables, groupId);
        pipelines.put(pipelineId, pipeline);
        runsByPipeline.put(pipelineId, new ArrayList<>());
        return pipeline;
    }

    /** The pipeline, or the documented business error DEVPIPE.00011401 when it does not exist in this project. */
    public synchronized Pipeline requirePipeline(String projectId, String pipelineId) {
        Pipeline pipeline = pipelines.get(pipelineId);
        if (pipeline == null || !pipeline.projectId.equals(projectId)) {
            throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011401",
                    "Pipeline does not exist: no pipeline '" + pipelineId + "' in project '" + projectId + "'"), "no pipeline");
        }
        return pipeline;
    }

    public synchronized Pipeline findPipeline(String pipelineId) {
        return pipelines.get(pipelineId);
    }

    public synchronized List<Pipeline> pipelines(String projectId) {
        List<Pipeline> result = new ArrayList<>();
        for (Pipeline pipeline : pipelines.values()) {
            if (projectId == null || pipeline.projectId.equals(projectId)) {
                result.add(pipeline);
            }
        }
        return result;
    }

    /** Deletes a pipeline; a pipeline with an unfinished run answers DEVPIPE.00011408. */
    public synchronized void deletePipeline(String projectId, String pipelineId) {
        advance();
        Pipeline pipeline = requirePipeline(projectId, pipelineId);
        for (PipelineRun run : runsByPipeline.get(pipelineId)) {
            if (!RunModel.isTerminal(run.status)) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011408",
                        "Pipeline is running, cannot be deleted: run #" + run.runNumber + " (" + run.id + ") is " + run.status
                                + "; stop it first"), "running");
            }
        }
        pipelines.remove(pipeline.id);
        for (PipelineRun run : runsByPipeline.remove(pipeline.id)) {
            runs.remove(run.id);
        }
    }

    // ---- runs ----------------------------------------------------------------------------------------------------

    /** Starts a run, queueing or rejecting it per the concurrency settings. */
    public synchronized StartResult startRun(Pipeline pipeline, RunRequest request, Executor executor) {
        advance();
        long now = clock.millis();
        Set<String> chosenJobs = request.chooseJobs() == null ? null : Set.copyOf(request.chooseJobs());
        Set<String> chosenStages = request.chooseStages() == null ? null : Set.copyOf(request.chooseStages());
        validateChoice(pipeline, chosenJobs, chosenStages);

        String limitCode = limitReached(pipeline);
        if (limitCode != null && settings.concurrencyMode() == EmulatorSettings.ConcurrencyMode.REJECT) {
            boolean perPipeline = limitCode.equals("PIPELINE");
            throw new EmulatorHttpException(EmulatorResponse.businessError(
                    perPipeline ? "DEVPIPE.00011104" : "DEVPIPE.00011105",
                    perPipeline ? "Maximum concurrent runs of a single pipeline is " + settings.maxConcurrentRunsPerPipeline()
                            : "Maximum concurrent pipeline runs per tenant is " + settings.maxConcurrentRunsPerTenant()),
                    "concurrency limit");
        }
        PipelineRun run = newRun(pipeline, request, executor, chosenJobs, chosenStages, now);
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

    private void validateChoice(Pipeline pipeline, Set<String> chosenJobs, Set<String> chosenStages) {
        if (chosenJobs != null) {
            if (chosenJobs.isEmpty()) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011129",
                        "Selected task must not be empty: choose_jobs is an empty list; omit it to run every job"), "empty");
            }
            for (String identifier : chosenJobs) {
                boolean known = pipeline.stages.stream().flatMap(s -> s.jobs().stream()).anyMatch(j -> j.identifier().equals(identifier));
                if (!known) {
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011132",
                            "Selected task does not exist: no job with identifier '" + identifier + "' in pipeline " + pipeline.id), "unknown job");
                }
            }
        }
        if (chosenStages != null) {
            if (chosenStages.isEmpty()) {
                throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011129",
                        "Selected task must not be empty: choose_stages is an empty list; omit it to run every stage"), "empty");
            }
            for (String identifier : chosenStages) {
                boolean known = pipeline.stages.stream().anyMatch(s -> s.identifier().equals(identifier) || s.name().equals(identifier));
                if (!known) {
                    throw new EmulatorHttpException(EmulatorResponse.businessError("DEVPIPE.00011132",
                            "Selected task does not exist: no stage with identifier '" + identifier + "' in pipeline " + pipeline.id), "unknown stage");
                }
            }
        }
    }

    private PipelineRun newRun(Pipeline pipeline, RunRequest request, Executor executor, Set<String> chosenJobs,
                               Set<String> chosenStages, long now) {
        List<StageRun> stages = new ArrayList<>();
        int stageSequence = 0;
        for (StageSpec stageSpec : pipeline.stages) {
            boolean stageSelected = chosenStages == null || chosenStages.contains(stageSpec.identifier())
                    || chosenStages.contains(stageSpec.name());
            List<JobRun> jobs = new ArrayList<>();
            int jobSequence = 0;
            for (JobSpec jobSpec : stageSpec.jobs()) {
                boolean jobSelected = stageSelected && (chosenJobs == null || chosenJobs.contains(jobSpec.identifier()));
                jobs.add(new JobRun(context.newId(), jobSpec, jobSequence++, steps(jobSpec.steps()), jobSelected));
            }
            boolean anyJob = jobs.stream().anyMatch(j -> j.selected);
            stages.add(new StageRun(context.newId(), stageSpec, stageSequence++, steps(stageSpec.pre()), jobs,
                    steps(stageSpec.post()), stageSelected && anyJob));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        if (pipeline.variables != null && pipeline.variables.isArray()) {
            for (JsonNode variable : pipeline.variables) {
                if (variable.hasNonNull("name")) {
                    variables.put(variable.get("name").asText(), variable.path("value").asText(""));
                }
            }
        }
        variables.putAll(request.variables());
        PipelineRun run = new PipelineRun(context.newId(), pipeline, pipeline.nextRunNumber++, now, request.description(),
                variables, request.sources(), executor.id(), executor.name(), stages);
        runs.put(run.id, run);
        runsByPipeline.get(pipeline.id).add(run);
        return run;
    }

    private List<StepRun> steps(List<StepSpec> specs) {
        List<StepRun> result = new ArrayList<>();
        int sequence = 0;
        for (StepSpec spec : specs) {
            result.add(new StepRun(context.newId(), spec, sequence++));
        }
        return result;
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

    /** The run, or DEVCP.00012002 (related record not in DB). */
    public synchronized PipelineRun requireRun(Pipeline pipeline, String runId) {
        PipelineRun run = runs.get(runId);
        if (run == null || run.pipeline != pipeline) {
            throw new EmulatorHttpException(EmulatorResponse.businessError("DEVCP.00012002",
                    "Related record not in DB: pipeline " + pipeline.id + " has no run '" + runId + "'"), "no run");
        }
        return run;
    }

    /** The latest run of a pipeline, or null when it never ran. */
    public synchronized PipelineRun latestRun(Pipeline pipeline) {
        List<PipelineRun> list = runsByPipeline.get(pipeline.id);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    public synchronized List<PipelineRun> runs(Pipeline pipeline) {
        return new ArrayList<>(runsByPipeline.getOrDefault(pipeline.id, List.of()));
    }

    /** Stops a run: running steps, jobs and the stage become CANCELED; a queued run is dropped from the queue. */
    public synchronized void stop(PipelineRun run) {
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
    public synchronized void retry(PipelineRun run) {
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

    /** Passes or refuses a pending manual review; a step that is not pending answers DEVCP.00014004. */
    public synchronized void decideReview(PipelineRun run, String jobRunId, String stepRunId, boolean pass, String reviewer) {
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

    // ---- logs ----------------------------------------------------------------------------------------------------

    /** A page of a step's log; offsets are character offsets into the step's log text, each line ending in '\n'. */
    public synchronized LogPage logs(PipelineRun run, String jobRunId, String stepRunId, long startOffset, long endOffset,
                                     int limit, boolean ascending) {
        advance();
        StepRun step = findStep(run, jobRunId, stepRunId);
        StepLog.Page page = step.log.page(clock.millis(), text -> substitute(text, run.variables), startOffset, endOffset,
                limit, ascending);
        return new LogPage(page.start(), page.end(), page.hasMore(), page.text());
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

    /**
     * Replaces {@code ${NAME}} (NAME of letters, digits, '_', '.', '-') by the run's value; unknown names stay as they
     * are. Hand-written rather than a regex replacement, which copies a long value character by character: runs may
     * print megabytes through one variable.
     */
    static String substitute(String text, Map<String, String> variables) {
        int open = text.indexOf("${");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        while (open >= 0) {
            int nameEnd = open + 2;
            while (nameEnd < text.length() && isVariableNameChar(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String value = nameEnd > open + 2 && nameEnd < text.length() && text.charAt(nameEnd) == '}'
                    ? variables.get(text.substring(open + 2, nameEnd)) : null;
            if (value != null) {
                out.append(text, copied, open).append(value);
                copied = nameEnd + 1;
                open = text.indexOf("${", copied);
            } else {
                open = text.indexOf("${", open + 1);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isVariableNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    // ---- simulation ----------------------------------------------------------------------------------------------

    /** Brings every run up to the clock's now. Called by every read and write. */
    public synchronized void advance() {
        runDueEvents();
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

    // ---- displayed statuses --------------------------------------------------------------------------------------

    /** The job status clients see: a job waiting on a review shows the configured PAUSED or SUSPEND. */
    String shownStatus(JobRun job) {
        return job.status.equals(PAUSED) ? settings.reviewWaitJobStatus().name() : job.status;
    }

    /** The stage status clients see: the configured wait status while only reviews are pending in it. */
    String shownStatus(StageRun stage) {
        return stage.status.equals(RUNNING) && onlyReviewsPending(stage) ? settings.reviewWaitRunStatus().name() : stage.status;
    }

    /** The run status clients see (and filter on). */
    String shownStatus(PipelineRun run) {
        if (!run.status.equals(RUNNING)) {
            return run.status;
        }
        StageRun stage = run.currentStage();
        return stage != null && onlyReviewsPending(stage) ? settings.reviewWaitRunStatus().name() : run.status;
    }

    private static boolean onlyReviewsPending(StageRun stage) {
        if (stage.phase != Phase.JOBS) {
            return false;
        }
        boolean paused = false;
        for (JobRun job : stage.jobs) {
            if (job.status.equals(RUNNING) || job.status.equals(QUEUED)) {
                return false;
            }
            paused |= job.status.equals(PAUSED);
        }
        return paused;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String stepName(StepRun step) {
        if (step.spec.name() != null) {
            return step.spec.name();
        }
        return step.spec.task();
    }

    private static String prefixed(String text) {
        return text.startsWith("[") ? text : "[INFO] " + text;
    }

    private static LogLine line(long at, String text) {
        return new LogLine(at, "[" + LOG_TIME.format(Instant.ofEpochMilli(at)) + "] " + text);
    }

    private static List<String> defaultLogs(StepSpec spec) {
        return List.of(
                "===== flow agent launched =====",
                "step begin: [" + (spec.name() == null ? spec.task() : spec.name()) + "]",
                "start to use official executor [" + spec.task() + "]",
                "finish to use official executor");
    }

    static String formatDuration(long millis) {
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + " min";
        }
        return millis / 1000.0 + " s";
    }

    /** Every run, for rendering under the lock. */
    synchronized Collection<PipelineRun> allRuns() {
        return new ArrayList<>(runs.values());
    }

    EmulatorContext context() {
        return context;
    }
}
