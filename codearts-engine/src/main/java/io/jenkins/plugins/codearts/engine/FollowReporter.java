package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.StepCursor;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one follow tells its listener: status lines and events, log lines under the byte cap (labelled when they
 * interleave with another step's), and the persisted state, saved at most once per tick and at once when the run is
 * created or the phase changes (a front end's save is disk I/O).
 */
final class FollowReporter {

    private final FollowListener listener;
    private final FollowOptions options;
    private volatile FollowState state;
    /** The state last handed to {@link FollowListener#onStateChanged}. */
    private FollowState savedState;
    /** The step whose line was printed last (its start line or a log line), for labelling interleaved lines. */
    private String lastOutputStep;

    FollowReporter(FollowListener listener, FollowOptions options, FollowState initialState) {
        this.listener = listener == null ? FollowListener.none() : listener;
        this.options = options;
        this.state = initialState;
        this.savedState = initialState;
    }

    FollowState state() {
        return state;
    }

    void line(String line) {
        listener.onLine(line);
    }

    void followFailed(String line) {
        listener.onFollowFailed(line);
    }

    void runDetail(RunDetail detail) {
        listener.onRunDetail(detail);
    }

    void emit(FollowEvent event) {
        // A step's start line names the step for the log lines right after it; anything else does not.
        lastOutputStep = event.type() == Type.STEP_STATUS && !PipelineStatuses.isNodeTerminal(event.status())
                ? event.stepId() : null;
        listener.onLine(event.message());
        listener.onEvent(event);
    }

    /** Sends one status line and records it as reported. */
    void report(String key, String status, FollowEvent event) {
        emit(event);
        update(state.withReported(Map.of(key, status)));
    }

    /** Sends lines under the byte cap and records the new cursor; false once the cap cut the log. */
    boolean logLines(String stepId, LogSource source, String prefix, List<String> lines, StepCursor next) {
        if (!lines.isEmpty() && prefix.isEmpty() && options.labelInterleavedLogs()
                && !stepId.equals(lastOutputStep)) {
            listener.onLine("» " + source.path()); // lines of another step than the line before: say whose
        }
        if (!lines.isEmpty()) {
            lastOutputStep = stepId;
        }
        long cap = options.maxLogBytes();
        long bytes = state.logBytes();
        long added = 0;
        for (String line : lines) {
            long size = RunFollower.utf8Length(line) + 1L;
            if (bytes + added + size > cap) {
                update(state.withCursor(stepId, next, added));
                String url = state.runUrl();
                emit(FollowEvent.ofRun(Type.LOG_TRUNCATED, state.run(), url, null,
                        "[log truncated: this run's console output reached the cap of " + cap
                                + " bytes (the follow's log size cap); full log: "
                                + (url == null ? "the run's page in CodeArts" : url) + "]"));
                update(state.withLogTruncated());
                return false;
            }
            listener.onLogLine(prefix.isEmpty() ? line : prefix + line, source);
            added += size;
        }
        update(state.withCursor(stepId, next, added));
        return true;
    }

    /**
     * Records a change of the persisted state. It is saved at the end of the tick, or at once when the run was just
     * created or the phase changed (so a restart never starts the run again nor misses its end).
     */
    void update(FollowState newState) {
        FollowState before = state;
        if (newState.equals(before)) {
            return;
        }
        state = newState;
        if (newState.phase() != before.phase() || !Objects.equals(newState.run(), before.run())) {
            save();
        }
    }

    /** Hands the state to the listener to save, unless it was handed over unchanged already. */
    void save() {
        FollowState current = state;
        if (!current.equals(savedState)) {
            savedState = current;
            listener.onStateChanged(current);
        }
    }
}
