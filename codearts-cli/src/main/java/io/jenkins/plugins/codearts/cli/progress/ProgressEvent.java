package io.jenkins.plugins.codearts.cli.progress;

/**
 * What the progress display shows, independent of the engine's own event types so the renderers can be tested on
 * a plain sequence of these. {@link EngineProgressBridge} translates the engine's events into them.
 */
public sealed interface ProgressEvent {

    /** The run is known: what it is, its id and the console URL to open. */
    record RunStarted(String title, String runId, String url) implements ProgressEvent {
    }

    /** The run's overall status changed (RUNNING, PAUSED, COMPLETED, ...). */
    record RunStatus(String status) implements ProgressEvent {
    }

    /** A stage's status changed; stages are shown in the order first seen. */
    record StageStatus(String stage, String status) implements ProgressEvent {
    }

    /** One line of remote console output. */
    record LogLine(String text) implements ProgressEvent {
    }

    /** Something the user should notice: a pending review, truncated logs, a retry. */
    record Notice(String text) implements ProgressEvent {
    }

    /** The end: the outcome (SUCCESS, FAILURE, ABORTED, TIMEOUT) and a one-line summary. */
    record Finished(String outcome, String summary) implements ProgressEvent {
    }
}
