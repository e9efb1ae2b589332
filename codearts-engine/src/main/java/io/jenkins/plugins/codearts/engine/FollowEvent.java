package io.jenkins.plugins.codearts.engine;

/**
 * Something a front end may want to react to besides console text. Node fields are null when they do not apply
 * (a run-level event has no stage; a stage event has no job or step).
 *
 * @param type what happened
 * @param run the run (null only before runPipeline answered)
 * @param url the run's page
 * @param stageId stage id, for node events and reviews
 * @param stageName stage name
 * @param jobId job run id ({@code job_run_id} for pass/refuse)
 * @param jobName job name
 * @param stepId step run id ({@code step_run_id} for pass/refuse)
 * @param stepName step name
 * @param status the new status (run/stage/job/step status, or the outcome for {@link Type#FINISHED})
 * @param message the human-readable line that was also sent to {@link FollowListener#onLine(String)}
 */
public record FollowEvent(Type type, RunRef run, String url, String stageId, String stageName, String jobId,
        String jobName, String stepId, String stepName, String status, String message) {

    /** Kinds of event. */
    public enum Type {
        /** The run exists; {@code url} is its page. */
        RUN_STARTED,
        /** runPipeline hit the concurrency limit; the run waits in the queue. */
        RUN_QUEUED,
        /** The run's status changed. */
        RUN_STATUS,
        /** A stage's status changed. */
        STAGE_STATUS,
        /** A job's status changed. */
        JOB_STATUS,
        /** A step's status changed. */
        STEP_STATUS,
        /** A manual review waits on a person; job and step ids identify it. */
        REVIEW_PENDING,
        /** The per-run log byte cap was reached; later log text is not shown. */
        LOG_TRUNCATED,
        /**
         * A step's log could not be read to its end even after retrying; {@code stepId} names it. The rest of that
         * log is not shown and {@link RunResult#incompleteLogs()} is true.
         */
        LOG_INCOMPLETE,
        /** Polling failed even after retries; the follow continues. */
        POLL_WARNING,
        /** The overall timeout was reached. */
        TIMEOUT,
        /** A cancel was requested; the remote run is being stopped (or left running). */
        CANCELING,
        /** The follow ended; {@code status} is the outcome. */
        FINISHED
    }

    static FollowEvent ofRun(Type type, RunRef run, String url, String status, String message) {
        return new FollowEvent(type, run, url, null, null, null, null, null, null, status, message);
    }
}
