package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codearts pipelines list}: the project's pipelines. */
@Command(name = "pipelines", description = "List the project's pipelines.", subcommands = PipelinesCommand.ListPipelines.class)
final class PipelinesCommand implements Runnable {

    @ParentCommand
    CodeArtsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "pipelines needs a subcommand: list");
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
            if (limit < 1 || limit > 100) {
                throw new CliException(ExitCodes.USAGE, "--limit " + limit + " is out of range; use 1..100");
            }
            try (Connection open = Connection.open(environment, connection)) {
                ListPipelinesRequest request = new ListPipelinesRequest(null, null, name, null, null, null, null, null,
                        null, 0L, (long) limit, null, null, null, null, null);
                PipelineList page = open.client().pipeline().pipelines().listPipelines(
                        open.projectId("to list pipelines"), request);
                List<PipelineSummary> found = page.pipelines() == null ? List.of() : page.pipelines();
                if (json) {
                    Json.print(environment, found);
                    return ExitCodes.SUCCESS;
                }
                if (found.isEmpty()) {
                    environment.err().println("no pipelines" + (name == null ? "" : " named like '" + name + "'")
                            + " in project " + open.projectId("to list pipelines"));
                    return ExitCodes.SUCCESS;
                }
                environment.out().println(String.format("%-32s %-30s %s", "PIPELINE ID", "NAME", "LATEST RUN"));
                for (PipelineSummary pipeline : found) {
                    String latest = pipeline.latestRun() == null ? "-" : "#" + pipeline.latestRun().runNumber() + " "
                            + pipeline.latestRun().status() + " " + Tables.time(pipeline.latestRun().startTime());
                    environment.out().println(String.format("%-32s %-30s %s", pipeline.pipelineId(),
                            Tables.orDash(pipeline.name()), latest));
                }
                return ExitCodes.SUCCESS;
            }
        }
    }
}
