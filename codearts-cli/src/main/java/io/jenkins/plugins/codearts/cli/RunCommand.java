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
            "  codearts run --pipeline-id 3f2a... --branch release/1.2 --var ENV=staging \\",
            "      --repo-url https://codehub.example.com/group/app.git",
            "  codearts run --pipeline-id 3f2a... --json > run.json"})
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

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "Runtime variable (repeatable); the value must not be empty. Leave a variable out to keep the pipeline's default.")
    List<String> variablePairs = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "ID", description = "Run only this stage (repeatable).")
    List<String> stages = new ArrayList<>();

    @Option(names = "--job", paramLabel = "ID", description = "Run only this job (repeatable).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "Description of the run.")
    String description;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        Preflight.id("--pipeline-id", pipelineId);
        Map<String, String> variables = variables();
        FollowSession.checkFlags(follow);
        addSource(null);
        try (Connection open = Connection.open(environment, connection)) {
            StartRunRequest request = buildRequest(open.projectId("to run a pipeline"), variables);
            return FollowSession.followToExitCode(environment, open, follow, "codearts-run",
                    (engine, options, listener) -> engine.startRun(request, options, listener));
        }
    }

    /** The --var pairs; the runPipeline document marks both name and value of a variable mandatory. */
    private Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String pair : variablePairs) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new CliException(ExitCodes.USAGE, "--var " + pair + " has no '='; write --var NAME=VALUE, e.g."
                        + " --var ENV=staging");
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1);
            if (name.isEmpty()) {
                throw new CliException(ExitCodes.USAGE, "--var " + pair + " has no name before '='; write --var"
                        + " NAME=VALUE, e.g. --var ENV=staging");
            }
            if (value.isEmpty()) {
                throw new CliException(ExitCodes.USAGE, "--var " + pair + " has an empty value; CodeArts needs a value"
                        + " for every variable sent, so give one (--var " + name + "=VALUE) or leave --var " + name
                        + " out to keep the pipeline's default");
            }
            if (variables.put(name, value) != null) {
                throw new CliException(ExitCodes.USAGE, "--var " + name + " is given twice; give each variable once");
            }
        }
        return variables;
    }

    private StartRunRequest buildRequest(String projectId, Map<String, String> variables) {
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

    /** Adds the --repo-url source to {@code request}; with null, only checks the flags. */
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
        if (request == null) {
            if (repoUrl != null) {
                Preflight.repositoryUrl(repoUrl);
            }
        } else if (branch != null) {
            request.source(StartRunRequest.Source.branch(Preflight.repositoryUrl(repoUrl), branch));
        } else if (tag != null) {
            request.source(StartRunRequest.Source.tag(Preflight.repositoryUrl(repoUrl), tag));
        }
    }
}
