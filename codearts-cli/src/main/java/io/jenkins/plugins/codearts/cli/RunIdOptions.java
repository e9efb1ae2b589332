package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.RunRef;
import picocli.CommandLine.Option;

/** The {@code --pipeline-id} and {@code --run-id} flags of the commands that act on one existing run. */
final class RunIdOptions {

    @Option(names = "--pipeline-id", required = true, paramLabel = "ID", description = "The run's pipeline.")
    String pipelineId;

    @Option(names = "--run-id", required = true, paramLabel = "ID", description = "The run (pipeline_run_id).")
    String runId;

    /** Checks both ids before anything is sent. */
    void check() {
        Preflight.id("--pipeline-id", pipelineId);
        Preflight.id("--run-id", runId);
    }

    RunRef in(String projectId) {
        return RunRef.of(projectId, pipelineId, runId);
    }
}
