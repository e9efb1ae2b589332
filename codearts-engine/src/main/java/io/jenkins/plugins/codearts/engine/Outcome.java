package io.jenkins.plugins.codearts.engine;

/** How a followed run ended, from the front end's point of view. */
public enum Outcome {
    /** The run COMPLETED. */
    SUCCESS,
    /** The run FAILED. */
    FAILURE,
    /** The run was CANCELED, by a person or because the follow was cancelled. */
    ABORTED,
    /** The overall timeout ran out. */
    TIMEOUT;

    /**
     * Maps a terminal run status: COMPLETED → SUCCESS, FAILED → FAILURE, CANCELED → ABORTED. Any other terminal status
     * (IGNORED, or one the documents do not list) counts as FAILURE, so an unknown ending never looks green.
     */
    public static Outcome ofRunStatus(String status) {
        return switch (PipelineStatuses.normalize(status)) {
            case "COMPLETED" -> SUCCESS;
            case "CANCELED", "CANCELLED" -> ABORTED;
            default -> FAILURE;
        };
    }
}
