package io.jenkins.plugins.codearts.engine;

/**
 * What {@link CodeArtsEngine#decideReview} did.
 *
 * @param run the run
 * @param decision PASS or REFUSE
 * @param jobRunId the review's job run id
 * @param stepRunId the review step's id
 * @param stageName the review's stage (null when ids were given and the detail did not list them)
 * @param stepName the review step's name (same)
 * @param accepted whether CodeArts answered {@code success: true}
 * @param message one line for the console
 */
public record ReviewDecisionResult(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId,
        String stageName, String stepName, boolean accepted, String message) {
}
