package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a page about one followed run shows, as of the last thing the follow reported: the header, the stage →
 * job → step tree with statuses and times, the manual review waiting on a person, the artifacts and, after a failure,
 * the failing step with the last lines of its log. Built by {@link RunSnapshotRecorder} from the follow's events, log
 * lines and run details, so showing it never asks CodeArts anything. Times are epoch milliseconds, 0 when unknown.
 *
 * @param version grows by one with every new snapshot of the same run, so a page can tell whether anything changed
 * @param projectId CodeArts project id
 * @param pipelineId pipeline id
 * @param runId pipeline run id
 * @param runNumber the run's number (0 until CodeArts reported it)
 * @param pipelineName the pipeline's name (null until a run detail arrived)
 * @param triggerType how the run was started (e.g. Manual)
 * @param executorName who started it
 * @param status the run's last known status (upper case; empty before the first detail)
 * @param startTime when the run started
 * @param endTime when it ended (0 while it runs)
 * @param url the run's page in CodeArts (null when unknown)
 * @param live whether a follow is still watching the run, so newer snapshots will come
 * @param outcome how the follow ended (SUCCESS, FAILURE, ABORTED, TIMEOUT), null while live
 * @param message the follow's last word (e.g. "Run #12 finished: COMPLETED"), null while live
 * @param stages the stages in pipeline order
 * @param review the manual review waiting on a person, null when none waits
 * @param artifacts the packages the run produced
 * @param failure the first failed step and the end of its log, null when no step failed
 */
public record RunSnapshot(long version, String projectId, String pipelineId, String runId, int runNumber,
        String pipelineName, String triggerType, String executorName, String status, long startTime, long endTime,
        String url, boolean live, String outcome, String message, List<RunDetail.Stage> stages, PendingReview review,
        List<ArtifactInfo> artifacts, Failure failure) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunSnapshot {
        status = status == null ? "" : status;
        stages = stages == null ? List.of() : List.copyOf(stages);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** The snapshot of a run nothing was heard about yet. */
    public static RunSnapshot initial(RunRef run) {
        return new RunSnapshot(0, run.projectId(), run.pipelineId(), run.runId(), 0, null, null, null, "", 0, 0, null,
                true, null, null, List.of(), null, List.of(), null);
    }

    /** The same snapshot, no longer live, with the reason nobody follows the run any more. */
    public RunSnapshot ended(String outcome, String message) {
        return new RunSnapshot(version + 1, projectId, pipelineId, runId, runNumber, pipelineName, triggerType,
                executorName, status, startTime, endTime, url, false, outcome, message, stages, review, artifacts,
                failure);
    }

    /**
     * A manual review waiting on a person: where it sits and the ids pass/refuse take.
     *
     * @param stageName its stage
     * @param jobName its job (null for a stage's entry or exit step)
     * @param jobRunId the job run id pass/refuse take
     * @param stepRunId the step run id pass/refuse take
     * @param stepName its name
     * @param approvers who may decide, as the step's {@code approvers} input lists them (empty when it does not say)
     * @param timeout the step's {@code timeout} input as CodeArts gives it (null when it does not say)
     * @param since when the review began waiting
     */
    public record PendingReview(String stageName, String jobName, String jobRunId, String stepRunId, String stepName,
            List<String> approvers, String timeout, long since) implements Serializable {
        private static final long serialVersionUID = 1L;

        public PendingReview {
            approvers = approvers == null ? List.of() : List.copyOf(approvers);
        }
    }

    /**
     * The first step that failed and the last lines of its log the follow saw.
     *
     * @param stepId step run id
     * @param path "stage › job › step"
     * @param status its status (FAILED, ASYNC_FAILED)
     * @param lastLines up to {@link RunSnapshotRecorder#TAIL_LINES} last lines, without the console prefix
     */
    public record Failure(String stepId, String path, String status, List<String> lastLines) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Failure {
            lastLines = lastLines == null ? List.of() : List.copyOf(lastLines);
        }
    }
}
