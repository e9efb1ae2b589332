package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.RunRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs a failed or stopped run again (CodeArts "retry"), optionally following it. */
@Command(name = "retry", description = {"Run a failed or canceled run again from where it stopped (CodeArts retry);"
    + " with --follow, follow it like `codearts wait`.",
    "Examples:",
    "  codearts retry --pipeline-id 3f2a... --run-id 9c1b...",
    "  codearts retry --pipeline-id 3f2a... --run-id 9c1b... --follow --timeout 30m"})
final class RetryCommand extends RunIdCommand {

    @Mixin
    FollowFlags follow;

    @Option(names = "--follow", description = "Follow the retried run to its end (logs, statuses, exit code as for run).")
    boolean followRun;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        target.check();
        FollowSession.checkFlags(follow);
        try (Connection open = Connection.open(environment, connection)) {
            RunRef run = target.in(open.projectId("to retry a run"));
            boolean accepted = open.client().pipeline().pipelines().retryPipelineRun(run.projectId(),
                    run.pipelineId(), run.runId());
            if (!accepted) {
                throw new CliException(ExitCodes.REMOTE_FAILURE, "CodeArts did not accept the retry of run "
                        + run.runId() + " (success: false); only a FAILED or CANCELED run can be retried");
            }
            if (!followRun) {
                environment.out().println("retrying run " + run.runId() + "; follow it with: codearts wait"
                        + " --pipeline-id " + run.pipelineId() + " --run-id " + run.runId());
                return ExitCodes.SUCCESS;
            }
            environment.err().println("retrying run " + run.runId());
            return FollowSession.followToExitCode(environment, open, follow, "codearts-retry",
                    (engine, options, listener) -> engine.followRun(run, options, listener));
        }
    }
}
