package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.cli.progress.ProgressEvent;
import io.jenkins.plugins.codearts.cli.progress.ProgressRenderer;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.RunResult;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Follows a run that is already going. */
@Command(name = "wait",
        description = {"Follow an existing run until it ends, streaming its logs; the exit code tells how it ended.",
            "Example:", "  codearts wait --pipeline-id 3f2a... --run-id 9c1b... --timeout 1h"})
final class WaitCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    FollowFlags follow;

    @Option(names = "--pipeline-id", required = true, paramLabel = "ID", description = "The run's pipeline.")
    String pipelineId;

    @Option(names = "--run-id", required = true, paramLabel = "ID", description = "The run (pipeline_run_id).")
    String runId;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        try (Connection open = Connection.open(environment, connection)) {
            RunRef run = runRef(open.projectId("to follow a run"));
            FollowOptions options = FollowSession.options(follow, open.settings().get(Setting.REGION).orElse(null));
            ScheduledExecutorService scheduler = FollowSession.newScheduler("codearts-wait");
            try {
                CodeArtsEngine engine = new CodeArtsEngine(open.client(), scheduler);
                ProgressRenderer renderer = FollowSession.renderer(environment, follow.progress, open.masker());
                open.routeNotices(text -> renderer.accept(new ProgressEvent.Notice(text)));
                RunResult result = FollowSession.follow(environment, renderer, scheduler, null,
                        options.stopOnCancel(), listener -> engine.followRun(run, options, listener));
                FollowSession.writeResultFile(follow.resultFile, result);
                return FollowSession.exitCode(result.outcome());
            } finally {
                FollowSession.shutdown(scheduler);
            }
        }
    }

    private RunRef runRef(String projectId) {
        try {
            return RunRef.of(projectId, pipelineId, runId);
        } catch (IllegalArgumentException badInput) {
            throw new CliException(ExitCodes.USAGE, "wait: " + badInput.getMessage());
        }
    }
}
