package io.jenkins.plugins.codearts.cli.progress;

import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowState;

/**
 * Feeds a follow's output to a renderer: every console line (log text and the engine's status lines) scrolls as a
 * {@link ProgressEvent.LogLine}; the structured events update the status block. An optional delegate sees
 * everything too (the demo uses it to react to a pending review).
 */
public final class EngineProgressBridge implements FollowListener {

    private final ProgressRenderer renderer;
    private final FollowListener delegate;

    public EngineProgressBridge(ProgressRenderer renderer, FollowListener delegate) {
        this.renderer = renderer;
        this.delegate = delegate == null ? FollowListener.none() : delegate;
    }

    /** The engine's "Following ... stopped: why" line, which the command prints once as its error line instead. */
    private volatile String stoppedLine;
    /** The engine's own status lines; the failure tail shows the remote log lines only. */
    private static final java.util.regex.Pattern STATUS_LINE = java.util.regex.Pattern.compile(
            "^(Run #\\d+|Stage \"|Job \"|Step \"|Started CodeArts run)");

    /** How many of the latest lines are kept to repeat under a failure. */
    static final int TAIL_LINES = 5;
    private final java.util.ArrayDeque<String> recentLines = new java.util.ArrayDeque<>();
    private final java.util.List<String> failedSteps = new java.util.ArrayList<>();
    private java.util.List<String> tailAtFailure = java.util.List.of();

    @Override
    public void onLine(String line) {
        renderer.accept(new ProgressEvent.LogLine(line));
        if (line != null && !STATUS_LINE.matcher(line).lookingAt()) {
            synchronized (recentLines) {
                recentLines.addLast(line);
                if (recentLines.size() > TAIL_LINES) {
                    recentLines.removeFirst();
                }
            }
        }
        delegate.onLine(line);
    }

    @Override
    public void onFollowFailed(String line) {
        stoppedLine = line;
        delegate.onFollowFailed(line);
    }

    /** "Stage › job › step" of each step that failed, in the order they failed. */
    public java.util.List<String> failedSteps() {
        synchronized (recentLines) {
            return java.util.List.copyOf(failedSteps);
        }
    }

    /** The last lines printed before the first step failed (its log tail and status line). */
    public java.util.List<String> tailAtFailure() {
        synchronized (recentLines) {
            return tailAtFailure;
        }
    }

    /** The line saying why following stopped with an error, or null: the caller prints it as the error. */
    public String stoppedLine() {
        return stoppedLine;
    }

    @Override
    public void onEvent(FollowEvent event) {
        if (event.type() == FollowEvent.Type.STEP_STATUS && event.status() != null
                && event.status().contains("FAILED")) {
            synchronized (recentLines) {
                if (failedSteps.isEmpty()) {
                    tailAtFailure = java.util.List.copyOf(recentLines);
                }
                failedSteps.add(String.join(" › ", java.util.stream.Stream.of(event.stageName(), event.jobName(),
                        event.stepName()).filter(java.util.Objects::nonNull).toList()));
            }
        }
        ProgressEvent translated = translate(event);
        if (translated != null) {
            renderer.accept(translated);
        }
        delegate.onEvent(event);
    }

    @Override
    public void onStateChanged(FollowState state) {
        delegate.onStateChanged(state);
    }

    /** The run number from the engine's "Started CodeArts run #12: ..." line, for a short block header. */
    private static final java.util.regex.Pattern RUN_NUMBER = java.util.regex.Pattern.compile("#(\\d+)");

    private static ProgressEvent runStarted(FollowEvent event) {
        java.util.regex.Matcher number = RUN_NUMBER.matcher(event.message() == null ? "" : event.message());
        if (number.find()) {
            return new ProgressEvent.RunStarted("CodeArts run", number.group(1), event.url());
        }
        return new ProgressEvent.RunStarted(event.run() == null ? "CodeArts run" : "pipeline " + event.run().pipelineId(),
                event.run() == null ? null : event.run().runId(), event.url());
    }

    static ProgressEvent translate(FollowEvent event) {
        return switch (event.type()) {
            case RUN_STARTED -> runStarted(event);
            case RUN_QUEUED -> new ProgressEvent.RunStatus("QUEUED");
            case RUN_STATUS -> event.status() == null ? null : new ProgressEvent.RunStatus(event.status());
            case STAGE_STATUS -> event.stageName() == null || event.status() == null ? null
                    : new ProgressEvent.StageStatus(event.stageName(), event.status());
            default -> null;
        };
    }
}
