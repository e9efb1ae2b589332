package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code codearts pipelines list}: the project's pipelines. */
@Command(name = "pipelines", description = "List the project's pipelines.", subcommands = PipelinesCommand.ListPipelines.class)
final class PipelinesCommand extends CommandGroup {

    PipelinesCommand() {
        super("list");
    }

    @Command(name = "list", description = {"List the project's pipelines: id, name and the latest run.",
        "Examples:",
        "  codearts pipelines list",
        "  codearts pipelines list --name deploy --limit 5",
        "  codearts pipelines list --json"})
    static final class ListPipelines implements Callable<Integer> {

        @ParentCommand
        PipelinesCommand pipelines;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--name", paramLabel = "TEXT", description = "Only pipelines whose name contains TEXT.")
        String name;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "At most N pipelines (1..100). Default: ${DEFAULT-VALUE}.")
        int limit;

        @Option(names = "--json", description = "Print the pipelines as JSON, as the API returns them.")
        boolean json;

        @Override
        public Integer call() {
            CliEnvironment environment = pipelines.root.environment();
            Tables.checkLimit(limit);
            try (Connection open = Connection.open(environment, connection)) {
                ListPipelinesRequest request = new ListPipelinesRequest(null, null, name, null, null, null, null, null,
                        null, 0L, (long) limit, null, null, null, null, null);
                PipelineList page = open.client().pipeline().pipelines().listPipelines(
                        open.projectId("to list pipelines"), request);
                List<PipelineSummary> found = page.pipelines() == null ? List.of() : page.pipelines();
                Tables.print(environment, json, found, () -> "no pipelines"
                        + (name == null ? "" : " named like '" + name + "'") + " in project "
                        + open.projectId("to list pipelines"), "%-32s %-30s %s", pipeline -> new Object[] {
                            pipeline.pipelineId(), Tables.orDash(pipeline.name()), latestRun(pipeline)},
                        "PIPELINE ID", "NAME", "LATEST RUN");
                return ExitCodes.SUCCESS;
            }
        }
    }

    private static String latestRun(PipelineSummary pipeline) {
        return pipeline.latestRun() == null ? "-" : "#" + pipeline.latestRun().runNumber() + " "
                + pipeline.latestRun().status() + " " + Tables.time(pipeline.latestRun().startTime());
    }
}
