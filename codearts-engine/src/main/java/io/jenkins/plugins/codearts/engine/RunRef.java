package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;

/** Names one pipeline run: CodeArts project id (not the IAM project id), pipeline id and run id. */
public record RunRef(String projectId, String pipelineId, String runId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunRef {
        ArgumentChecks.requireText("projectId", projectId, "the CodeArts project id (32 hex characters in the console URL)");
        ArgumentChecks.requireText("pipelineId", pipelineId, "the pipeline id from the pipeline's console URL");
        ArgumentChecks.requireText("runId", runId, "the pipeline run id (pipeline_run_id) to follow");
    }

    public static RunRef of(String projectId, String pipelineId, String runId) {
        return new RunRef(projectId, pipelineId, runId);
    }

    @Override
    public String toString() {
        return "run " + runId + " of pipeline " + pipelineId + " (project " + projectId + ")";
    }
}
