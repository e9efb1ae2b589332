package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.engine.HumanDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Stops a run and waits until CodeArts reports it ended. */
@Command(name = "stop", description = {"Stop a run and wait until it has ended (CANCELED).",
    "Examples:",
    "  codearts stop --pipeline-id 3f2a... --run-id 9c1b...",
    "  codearts stop --pipeline-id 3f2a... --run-id 9c1b... --no-wait",
    "  codearts stop --pipeline-id 3f2a... --run-id 9c1b... --timeout 2m --json"})
final class StopCommand extends RunIdCommand {

    static final Set<PipelineRunStatus> ENDED = Set.of(PipelineRunStatus.COMPLETED, PipelineRunStatus.FAILED,
            PipelineRunStatus.CANCELED, PipelineRunStatus.IGNORED);

    @Option(names = "--no-wait", description = "Return right after asking CodeArts to stop the run.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1m",
            description = "How long to wait for the run to end. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "2s",
            description = "Time between status checks while waiting. Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Option(names = "--json", description = "Print runId and the final status as JSON.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment environment = root.environment();
        target.check();
        try (Connection open = Connection.open(environment, connection)) {
            String projectId = open.projectId("to stop a run");
            var api = open.client().pipeline().pipelines();
            PipelineRunDetail before = api.showPipelineRunDetail(projectId, target.pipelineId, target.runId);
            if (ENDED.contains(before.status())) {
                return report(environment, before.status(), "run " + target.runId + " has already ended: "
                        + before.status() + "; nothing to stop", ExitCodes.SUCCESS);
            }
            api.stopPipelineRun(projectId, target.pipelineId, target.runId);
            if (noWait) {
                return report(environment, before.status(), "asked CodeArts to stop run " + target.runId + " (it was "
                        + before.status() + ")", ExitCodes.SUCCESS);
            }
            environment.err().println("stopping run " + target.runId + "; waiting up to "
                    + HumanDuration.format(timeout) + " for it to end");
            long deadline = System.nanoTime() + timeout.toNanos();
            PipelineRunStatus status = before.status();
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(interval.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                status = api.showPipelineRunDetail(projectId, target.pipelineId, target.runId).status();
                if (ENDED.contains(status)) {
                    return report(environment, status, "run " + target.runId + " " + status, ExitCodes.SUCCESS);
                }
            }
            return report(environment, status, "run " + target.runId + " is still " + status + " after "
                    + HumanDuration.format(timeout) + "; check it in the console", ExitCodes.TIMEOUT);
        }
    }

    private int report(CliEnvironment environment, PipelineRunStatus status, String message, int exitCode) {
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("pipelineId", target.pipelineId);
            answer.put("runId", target.runId);
            answer.put("status", status == null ? null : status.name());
            answer.put("message", message);
            Json.print(environment, answer);
        } else {
            environment.out().println(message);
        }
        return exitCode;
    }
}
