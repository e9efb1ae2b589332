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

    @Override
    public void onLine(String line) {
        renderer.accept(new ProgressEvent.LogLine(line));
        delegate.onLine(line);
    }

    @Override
    public void onEvent(FollowEvent event) {
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
