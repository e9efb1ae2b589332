package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.StartRunRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts a pipeline run and follows it to the end. */
@Command(name = "run",
        description = {"Start a pipeline run and follow it: logs stream, stage statuses update, and the exit code"
            + " tells how it ended.",
            "Examples:",
            "  codearts run --pipeline-id 3f2a... --timeout 30m",
            "  codearts run --pipeline-id 3f2a... --repo-url https://codehub.../app.git --branch release/1.2 --var ENV=staging"})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    FollowFlags follow;

    @Option(names = "--pipeline-id", required = true, paramLabel = "ID", description = "The pipeline to run.")
    String pipelineId;

    @Option(names = "--repo-url", paramLabel = "URL", description = "Repository (HTTPS clone URL) for --branch or --tag.")
    String repoUrl;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "Build this branch of --repo-url.")
    String branch;

    @Option(names = "--tag", paramLabel = "TAG", description = "Build this tag of --repo-url.")
    String tag;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Runtime variable (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--stage", paramLabel = "ID", description = "Run only this stage (repeatable).")
    List<String> stages = new ArrayList<>();

    @Option(names = "--job", paramLabel = "ID", description = "Run only this job (repeatable).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "Description of the run.")
    String description;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        try (Connection open = Connection.open(environment, connection)) {
            StartRunRequest request = buildRequest(open.projectId("to run a pipeline"));
            return FollowSession.followToExitCode(environment, open, follow, "codearts-run",
                    (engine, options, listener) -> engine.startRun(request, options, listener));
        }
    }

    private StartRunRequest buildRequest(String projectId) {
        try {
            StartRunRequest.Builder request = StartRunRequest.builder(projectId, pipelineId);
            addSource(request);
            request.variables(variables).description(description);
            stages.forEach(request::chooseStage);
            jobs.forEach(request::chooseJob);
            return request.build();
        } catch (IllegalArgumentException badInput) {
            // The engine's builder names the field, the value and the fix.
            throw new CliException(ExitCodes.USAGE, "run: " + badInput.getMessage());
        }
    }

    private void addSource(StartRunRequest.Builder request) {
        if (branch != null && tag != null) {
            throw new CliException(ExitCodes.USAGE, "--branch " + branch + " and --tag " + tag
                    + " both given; build either a branch or a tag");
        }
        if ((branch != null || tag != null) && repoUrl == null) {
            throw new CliException(ExitCodes.USAGE, (branch != null ? "--branch " + branch : "--tag " + tag)
                    + " needs --repo-url (the repository's HTTPS clone URL)");
        }
        if (repoUrl != null && branch == null && tag == null) {
            throw new CliException(ExitCodes.USAGE, "--repo-url " + repoUrl + " needs --branch or --tag");
        }
        if (branch != null) {
            request.source(StartRunRequest.Source.branch(repoUrl, branch));
        } else if (tag != null) {
            request.source(StartRunRequest.Source.tag(repoUrl, tag));
        }
    }
}
