package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelineRunsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code codearts runs list}: a pipeline's runs, newest first. */
@Command(name = "runs", description = "List a pipeline's runs.", subcommands = RunsCommand.ListRuns.class)
final class RunsCommand extends CommandGroup {

    RunsCommand() {
        super("list");
    }

    @Command(name = "list", description = {"List a pipeline's runs, newest first: number, status, run id, start time,"
        + " trigger and who ran it.",
        "Examples:",
        "  codearts runs list --pipeline-id 3f2a...",
        "  codearts runs list --pipeline-id 3f2a... --status failed,canceled --limit 5",
        "  codearts runs list --pipeline-id 3f2a... --json"})
    static final class ListRuns implements Callable<Integer> {

        @ParentCommand
        RunsCommand runs;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--pipeline-id", required = true, paramLabel = "ID", description = "The pipeline.")
        String pipelineId;

        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Only runs in these statuses (comma-separated or repeated): "
                        + "INIT, QUEUED, RUNNING, COMPLETED, FAILED, CANCELED, PAUSED, SUSPEND, IGNORED.")
        List<String> statuses = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N runs (1..100). Default: ${DEFAULT-VALUE}.")
        int limit;

        @Option(names = "--json", description = "Print the runs as JSON, as the API returns them.")
        boolean json;

        @Override
        public Integer call() {
            CliEnvironment environment = runs.root.environment();
            Preflight.id("--pipeline-id", pipelineId);
            Tables.checkLimit(limit);
            List<String> wanted = statuses.stream().map(RunsCommand::runStatus).toList();
            try (Connection open = Connection.open(environment, connection)) {
                PipelineRunList page = open.client().pipeline().pipelines().listPipelineRuns(
                        open.projectId("to list runs"), pipelineId, new ListPipelineRunsRequest(
                                wanted.isEmpty() ? null : wanted, null, null, 0L, (long) limit, "start_time", "desc"));
                List<PipelineRunSummary> found = page.pipelineRuns() == null ? List.of() : page.pipelineRuns();
                boolean table = Tables.print(environment, json, found, () -> "no runs" + (wanted.isEmpty() ? ""
                        : " with status " + String.join(", ", wanted)) + " in pipeline " + pipelineId,
                        "%-6s %-10s %-32s %-19s %-10s %s", run -> new Object[] {
                            run.runNumber() == null ? "-" : "#" + run.runNumber(),
                            run.status() == null ? "-" : run.status().name(), run.pipelineRunId(),
                            Tables.time(run.startTime()), Tables.orDash(run.triggerType()),
                            Tables.orDash(run.executorName())},
                        "RUN", "STATUS", "RUN ID", "STARTED (UTC)", "TRIGGER", "BY");
                if (table && page.total() != null && page.total() > found.size()) {
                    environment.err().println("showing " + found.size() + " of " + page.total() + " runs; use --limit");
                }
                return ExitCodes.SUCCESS;
            }
        }
    }

    /** A run status as the API spells it, or a usage error listing the valid ones. */
    static String runStatus(String given) {
        String upper = given.trim().toUpperCase(Locale.ROOT);
        List<String> valid = Arrays.stream(PipelineRunStatus.values()).map(Enum::name)
                .filter(name -> !name.equals("UNKNOWN")).toList();
        if (!valid.contains(upper)) {
            throw new CliException(ExitCodes.USAGE, "--status " + given + " is not a run status; use "
                    + valid.stream().collect(Collectors.joining(", ")));
        }
        return upper;
    }
}
