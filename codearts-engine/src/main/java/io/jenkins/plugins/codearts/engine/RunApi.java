package io.jenkins.plugins.codearts.engine;

import java.util.List;

/**
 * The pipeline calls the engine makes, in the engine's own terms. {@link ClientRunApi} implements it with
 * {@code codearts-client}; keeping the follow logic behind this seam makes it independent of the client's model records.
 * Every method may throw the client's {@code CodeArtsException} subclasses.
 */
interface RunApi {

    /** runPipeline's answer: the run id, and whether the run waits in the concurrency queue. */
    record Started(String runId, boolean queued, String note) {
    }

    /** One page of a step's log. {@code endOffset} is where the next page starts. */
    record LogPage(String text, String endOffset, boolean hasMore) {
    }

    /** A line of listPipelineRuns. */
    record RunSummary(String runId, int runNumber, String status, long startTime, String executorId,
            String triggerType) {
    }

    Started runPipeline(StartRunRequest request);

    RunView showRun(RunRef run);

    /**
     * @param jobRunId the job's id; for a stage's entry/exit steps, the id {@link #jobIdForStageStep} gives
     * @param startOffset null for the beginning
     */
    LogPage showStepLogs(RunRef run, String jobRunId, String stepRunId, String startOffset, int limit);

    boolean stopRun(RunRef run);

    List<RunSummary> recentRuns(String projectId, String pipelineId, int limit);

    boolean decideReview(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId);

    /** Where the pipeline calls go (for messages), or null when unknown. */
    default String endpoint() {
        return null;
    }

    /** The job id to send when reading the log of a stage's entry or exit step, which belongs to no job. */
    default String jobIdForStageStep(RunView.StageView stage) {
        return stage.id();
    }
}
