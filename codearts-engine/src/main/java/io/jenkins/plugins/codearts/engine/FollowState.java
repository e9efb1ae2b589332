package io.jenkins.plugins.codearts.engine;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to continue following a run after a restart, as a small immutable snapshot: the run, its page URL,
 * the phase, per-step log cursors (opaque offsets from the logs API plus an unfinished partial line) and the statuses
 * already reported, so nothing is printed twice. A few kilobytes for a typical run. Persist the latest snapshot handed to
 * {@link FollowListener#onStateChanged(FollowState)}; pass it to {@link CodeArtsEngine#resume}.
 */
public final class FollowState implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the follow stands. */
    public enum Phase {
        /** runPipeline not answered yet. */
        STARTING,
        /** The run is queued (concurrency limit) or initialising. */
        QUEUED,
        /** Steps are running. */
        RUNNING,
        /** A manual review waits on a person. */
        WAITING_FOR_REVIEW,
        /** Stop requested (cancel or timeout); waiting for CANCELED. */
        STOPPING,
        /** Finished; the result is known. */
        DONE
    }

    /** Log position of one step: the next offset to ask for, the partial last line, and whether its log is complete. */
    public record StepCursor(String offset, String pending, boolean complete) implements Serializable {
        private static final long serialVersionUID = 1L;

        static final StepCursor START = new StepCursor(null, "", false);

        public StepCursor {
            pending = pending == null ? "" : pending;
        }
    }

    private final RunRef run;
    private final int runNumber;
    private final String runUrl;
    private final Phase phase;
    private final long deadlineEpochMillis;
    private final Map<String, StepCursor> cursors;
    private final Map<String, String> reported;
    private final long logBytes;
    private final boolean logTruncated;
    /** Step id → step path of logs given up on; null in states saved before this field existed. */
    private final Map<String, String> incompleteLogs;

    private FollowState(RunRef run, int runNumber, String runUrl, Phase phase, long deadlineEpochMillis,
            Map<String, StepCursor> cursors, Map<String, String> reported, long logBytes, boolean logTruncated) {
        this(run, runNumber, runUrl, phase, deadlineEpochMillis, cursors, reported, logBytes, logTruncated, Map.of());
    }

    private FollowState(RunRef run, int runNumber, String runUrl, Phase phase, long deadlineEpochMillis,
            Map<String, StepCursor> cursors, Map<String, String> reported, long logBytes, boolean logTruncated,
            Map<String, String> incompleteLogs) {
        this.run = run;
        this.runNumber = runNumber;
        this.runUrl = runUrl;
        this.phase = Objects.requireNonNull(phase, "phase");
        this.deadlineEpochMillis = deadlineEpochMillis;
        this.cursors = cursors;
        this.reported = reported;
        this.logBytes = logBytes;
        this.logTruncated = logTruncated;
        this.incompleteLogs = incompleteLogs;
    }

    /** A fresh state for a run about to be followed; {@code deadlineEpochMillis} 0 means no overall timeout. */
    static FollowState initial(RunRef run, long deadlineEpochMillis) {
        return new FollowState(run, 0, null, run == null ? Phase.STARTING : Phase.QUEUED, deadlineEpochMillis,
                Map.of(), Map.of(), 0, false);
    }

    public RunRef run() {
        return run;
    }

    public int runNumber() {
        return runNumber;
    }

    public String runUrl() {
        return runUrl;
    }

    public Phase phase() {
        return phase;
    }

    /** Epoch milliseconds of the overall timeout, 0 for none. Kept across restarts so a resumed follow keeps it. */
    public long deadlineEpochMillis() {
        return deadlineEpochMillis;
    }

    public Map<String, StepCursor> cursors() {
        return cursors;
    }

    /** Keys of what was already reported (statuses of the run, stages, jobs and steps; pending reviews; the URL). */
    public Map<String, String> reported() {
        return reported;
    }

    public long logBytes() {
        return logBytes;
    }

    public boolean logTruncated() {
        return logTruncated;
    }

    /**
     * Steps whose log could not be read to its end (step id → "stage › job › step"), in the order given up on; empty
     * when every line was read.
     */
    public Map<String, String> incompleteLogs() {
        return incompleteLogs == null ? Map.of() : incompleteLogs;
    }

    StepCursor cursor(String stepId) {
        return cursors.getOrDefault(stepId, StepCursor.START);
    }

    FollowState withRun(RunRef newRun) {
        return new FollowState(newRun, runNumber, runUrl, phase == Phase.STARTING ? Phase.QUEUED : phase,
                deadlineEpochMillis, cursors, reported, logBytes, logTruncated, incompleteLogs());
    }

    FollowState withRunInfo(int newRunNumber, String newRunUrl) {
        return new FollowState(run, newRunNumber, newRunUrl, phase, deadlineEpochMillis, cursors, reported, logBytes,
                logTruncated, incompleteLogs());
    }

    FollowState withPhase(Phase newPhase) {
        return newPhase == phase ? this : new FollowState(run, runNumber, runUrl, newPhase, deadlineEpochMillis, cursors,
                reported, logBytes, logTruncated, incompleteLogs());
    }

    FollowState withCursor(String stepId, StepCursor cursor, long addedLogBytes) {
        Map<String, StepCursor> copy = new LinkedHashMap<>(cursors);
        copy.put(stepId, cursor);
        return new FollowState(run, runNumber, runUrl, phase, deadlineEpochMillis, Collections.unmodifiableMap(copy),
                reported, logBytes + addedLogBytes, logTruncated, incompleteLogs());
    }

    FollowState withReported(Map<String, String> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(reported);
        copy.putAll(changes);
        return new FollowState(run, runNumber, runUrl, phase, deadlineEpochMillis, cursors,
                Collections.unmodifiableMap(copy), logBytes, logTruncated, incompleteLogs());
    }

    FollowState withLogTruncated() {
        return new FollowState(run, runNumber, runUrl, phase, deadlineEpochMillis, cursors, reported, logBytes, true,
                incompleteLogs());
    }

    FollowState withIncompleteLog(String stepId, String stepPath) {
        Map<String, String> copy = new LinkedHashMap<>(incompleteLogs());
        copy.put(stepId, stepPath);
        return new FollowState(run, runNumber, runUrl, phase, deadlineEpochMillis, cursors, reported, logBytes,
                logTruncated, Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FollowState that)) {
            return false;
        }
        return runNumber == that.runNumber && deadlineEpochMillis == that.deadlineEpochMillis
                && logBytes == that.logBytes && logTruncated == that.logTruncated && Objects.equals(run, that.run)
                && Objects.equals(runUrl, that.runUrl) && phase == that.phase && cursors.equals(that.cursors)
                && reported.equals(that.reported) && incompleteLogs().equals(that.incompleteLogs());
    }

    @Override
    public int hashCode() {
        return Objects.hash(run, runNumber, runUrl, phase, cursors, reported, logBytes);
    }

    @Override
    public String toString() {
        return "FollowState{" + run + ", #" + runNumber + ", " + phase + ", " + cursors.size() + " step cursors, "
                + reported.size() + " reported, " + logBytes + " log bytes" + (logTruncated ? ", truncated" : "")
                + (incompleteLogs().isEmpty() ? "" : ", " + incompleteLogs().size() + " incomplete logs") + "}";
    }
}
