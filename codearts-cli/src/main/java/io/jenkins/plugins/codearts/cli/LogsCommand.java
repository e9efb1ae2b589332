package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.progress.PlainRenderer;
import io.jenkins.plugins.codearts.client.pipeline.PipelinesApi;
import io.jenkins.plugins.codearts.client.pipeline.model.JobRun;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.StageRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepRun;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.RunResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints a run's step logs, optionally only some stages, jobs or steps, and optionally following the run. */
@Command(name = "logs", description = {"Print a run's step logs in pipeline order. --stage, --job and --step keep only"
    + " the steps whose name (or id) contains the text; --follow keeps printing until the run ends.",
    "Examples:",
    "  codearts logs --pipeline-id 3f2a... --run-id 9c1b...",
    "  codearts logs --pipeline-id 3f2a... --run-id 9c1b... --stage Test --step \"unit tests\"",
    "  codearts logs --pipeline-id 3f2a... --run-id 9c1b... --follow --prefix"})
final class LogsCommand extends RunIdCommand {

    /** Lines fetched per showStepLogs call (the API's page). */
    static final long PAGE_LINES = 500;
    /** The engine's per-line label: "[stage › job › step] ". */
    private static final Pattern LABEL = Pattern.compile("^\\[([^\\]]*)\\] ");

    @Option(names = "--stage", paramLabel = "TEXT", description = "Only stages whose name or id contains TEXT (any case).")
    String stageFilter;

    @Option(names = "--job", paramLabel = "TEXT", description = "Only jobs whose name or id contains TEXT (any case).")
    String jobFilter;

    @Option(names = "--step", paramLabel = "TEXT", description = "Only steps whose name or id contains TEXT (any case).")
    String stepFilter;

    @Option(names = "--prefix", description = "Start every line with [stage › job › step] instead of a header per step.")
    boolean prefix;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new log lines until the run ends; the exit code tells how it ended.")
    boolean follow;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --follow: poll every DURATION (100ms..10m). Default: adaptive.")
    java.time.Duration interval;

    @Option(names = "--poll-speedup", paramLabel = "FACTOR", defaultValue = "1",
            description = "With --follow: poll FACTOR times more often, for an emulator started with --speed (1..1000).")
    double pollSpeedup;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        target.check();
        FollowFlags flags = new FollowFlags();
        flags.interval = interval;
        flags.pollSpeedup = pollSpeedup;
        FollowSession.checkFlags(flags);
        try (Connection open = Connection.open(environment, connection)) {
            String projectId = open.projectId("to read logs");
            return follow ? followLogs(environment, open, target.in(projectId), flags)
                    : printLogs(environment, open, projectId);
        }
    }

    private int printLogs(CliEnvironment environment, Connection open, String projectId) {
        PipelinesApi api = open.client().pipeline().pipelines();
        PipelineRunDetail detail = api.showPipelineRunDetail(projectId, target.pipelineId, target.runId);
        List<StepPlace> steps = selected(detail);
        if (steps.isEmpty()) {
            throw new CliException(ExitCodes.ERROR, "no step of run " + target.runId + " matches" + describeFilters()
                    + "; `codearts logs` without filters shows them all");
        }
        for (StepPlace place : steps) {
            if (!prefix) {
                environment.out().println("== " + place.path() + " (" + place.step().status() + ")");
            }
            long offset = 0;
            while (true) {
                StepLogPage page = api.showStepLogs(projectId, target.pipelineId, target.runId, place.jobId(),
                        place.step().id(), new StepLogRequest(offset, null, PAGE_LINES, "asc"));
                String text = page.log() == null ? "" : page.log();
                for (String line : text.split("\\R", -1)) {
                    if (!line.isEmpty()) {
                        environment.out().println((prefix ? "[" + place.path() + "] " : "") + line);
                    }
                }
                long next = parseOffset(page.endOffset(), offset);
                if (!Boolean.TRUE.equals(page.hasMore()) || next <= offset) {
                    break;
                }
                offset = next;
            }
        }
        return ExitCodes.SUCCESS;
    }

    private static long parseOffset(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    /** Where a step sits; {@code jobId} is the stage id for a stage's entry and exit steps, as the API expects. */
    record StepPlace(String path, String stageName, String stageId, String jobName, String jobId, StepRun step) {
    }

    private List<StepPlace> selected(PipelineRunDetail detail) {
        List<StepPlace> places = new ArrayList<>();
        List<StageRun> stages = new ArrayList<>(detail.stages() == null ? List.of() : detail.stages());
        stages.sort(Comparator.comparingInt(stage -> stage.sequence() == null ? 0 : stage.sequence()));
        for (StageRun stage : stages) {
            if (!matches(stageFilter, stage.name(), stage.id())) {
                continue;
            }
            addSteps(places, stage, null, stage.pre());
            List<JobRun> jobs = new ArrayList<>(stage.jobs() == null ? List.of() : stage.jobs());
            jobs.sort(Comparator.comparingInt(job -> job.sequence() == null ? 0 : job.sequence()));
            for (JobRun job : jobs) {
                addSteps(places, stage, job, job.steps());
            }
            addSteps(places, stage, null, stage.post());
        }
        return places;
    }

    private void addSteps(List<StepPlace> places, StageRun stage, JobRun job, List<StepRun> steps) {
        if (steps == null) {
            return;
        }
        List<StepRun> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(step -> step.sequence() == null ? 0 : step.sequence()));
        for (StepRun step : sorted) {
            if (job == null && jobFilter != null) {
                continue;
            }
            if (job != null && !matches(jobFilter, job.name(), job.id())) {
                continue;
            }
            if (!matches(stepFilter, step.name(), step.id())) {
                continue;
            }
            String stageName = label(stage.name(), stage.id());
            String path = stageName + (job == null ? "" : " › " + label(job.name(), job.id())) + " › "
                    + label(step.name(), label(step.task(), step.id()));
            places.add(new StepPlace(path, stageName, stage.id(), job == null ? null : label(job.name(), job.id()),
                    job == null ? stage.id() : job.id(), step));
        }
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? String.valueOf(id) : name;
    }

    private static boolean matches(String filter, String name, String id) {
        if (filter == null) {
            return true;
        }
        String wanted = filter.toLowerCase(Locale.ROOT);
        return (name != null && name.toLowerCase(Locale.ROOT).contains(wanted))
                || (id != null && id.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private String describeFilters() {
        List<String> parts = new ArrayList<>();
        if (stageFilter != null) {
            parts.add("--stage " + stageFilter);
        }
        if (jobFilter != null) {
            parts.add("--job " + jobFilter);
        }
        if (stepFilter != null) {
            parts.add("--step " + stepFilter);
        }
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }

    /** True when a labelled engine line belongs to a step the filters keep. */
    private boolean keeps(String path) {
        String[] parts = path.split(" › ");
        String stage = parts.length > 0 ? parts[0] : "";
        String step = parts.length > 1 ? parts[parts.length - 1] : "";
        String job = parts.length > 2 ? parts[1] : null;
        if (job == null && jobFilter != null) {
            return false;
        }
        return matches(stageFilter, stage, null) && (job == null || matches(jobFilter, job, null))
                && matches(stepFilter, step, null);
    }

    /** --follow: the engine streams the run with every line labelled; the filters keep the steps asked for. */
    private int followLogs(CliEnvironment environment, Connection open, RunRef run, FollowFlags flags) {
        FollowOptions.Builder options = FollowOptions.builder().streamLogs(true).prefixLines(true).stopOnCancel(false)
                .stopOnTimeout(false);
        if (flags.interval != null) {
            options.fastPoll(flags.interval).idlePoll(flags.interval).queuedPoll(flags.interval)
                    .reviewPoll(flags.interval);
        }
        if (flags.pollSpeedup > 1) {
            options.pollSpeedup(flags.pollSpeedup);
        }
        PlainRenderer renderer = new PlainRenderer(environment.out(), open.masker(), environment.clock(), false);
        FollowListener filter = new FollowListener() {
            @Override
            public void onLine(String line) {
                Matcher label = LABEL.matcher(line);
                if (!label.lookingAt()) {
                    return; // the engine's status lines: `codearts wait` shows those
                }
                if (keeps(label.group(1))) {
                    renderer.accept(new io.jenkins.plugins.codearts.cli.progress.ProgressEvent.LogLine(
                            prefix ? line : line.substring(label.end())));
                }
            }

            @Override
            public void onEvent(FollowEvent event) {
                // statuses are not part of the logs
            }
        };
        ScheduledExecutorService scheduler = FollowSession.newScheduler("codearts-logs");
        try {
            CodeArtsEngine engine = new CodeArtsEngine(open.client(), scheduler);
            var following = engine.followRun(run, options.build(), filter);
            // Ctrl-C only stops printing: the run is left alone.
            try (AbortController.Registration ignored = environment.abortController()
                    .register(maxWait -> following.cancel("interrupted"))) {
                RunResult result = following.await();
                environment.err().println("run " + run.runId() + " ended: " + result.status());
                return FollowSession.exitCode(result.outcome());
            }
        } finally {
            FollowSession.shutdown(scheduler);
        }
    }
}
