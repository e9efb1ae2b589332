package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.RunRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Follows a run that is already going. */
@Command(name = "wait",
        description = {"Follow an existing run until it ends, streaming its logs; the exit code tells how it ended.",
            "Examples:", "  codearts wait --pipeline-id 3f2a... --run-id 9c1b... --timeout 1h",
            "  codearts wait --pipeline-id 3f2a... --run-id 9c1b... --no-logs --json"})
final class WaitCommand extends RunIdCommand {

    @Mixin
    FollowFlags follow;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        target.check();
        FollowSession.checkFlags(follow);
        try (Connection open = Connection.open(environment, connection)) {
            RunRef run = runRef(open.projectId("to follow a run"));
            return FollowSession.followToExitCode(environment, open, follow, "codearts-wait",
                    (engine, options, listener) -> engine.followRun(run, options, listener));
        }
    }

    private RunRef runRef(String projectId) {
        try {
            return target.in(projectId);
        } catch (IllegalArgumentException badInput) {
            throw new CliException(ExitCodes.USAGE, "wait: " + badInput.getMessage());
        }
    }
}
