package io.jenkins.plugins.codearts.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps a {@link RunSnapshot} of one run current from what its follow reports: run details give the tree, statuses,
 * times, the pending review and the artifacts; events give the URL and the end; log lines give the end of each step's
 * log, so a failed step can be shown with its last lines. A new snapshot goes to the sink after every run detail and
 * every run-level event (never for single log lines). Like every listener, called by one follow at a time; {@link
 * #snapshot()} may be read from any thread.
 */
public final class RunSnapshotRecorder implements FollowListener {

    /** Lines kept from the end of each step's log. */
    public static final int TAIL_LINES = 30;
    /** Longer log lines are cut to this many characters in the tail. */
    static final int TAIL_LINE_CHARS = 2_000;

    private final Consumer<RunSnapshot> sink;
    private final Map<String, Deque<String>> tails = new HashMap<>();
    private final Map<String, Long> reviewSeen = new HashMap<>();
    private volatile RunSnapshot snapshot;
    private RunDetail detail;

    /**
     * Starts from {@code previous} (the snapshot stored before a restart, or of an earlier follow of the same run) and
     * sends every new snapshot to {@code sink}.
     */
    public RunSnapshotRecorder(RunSnapshot previous, Consumer<RunSnapshot> sink) {
        this.snapshot = Objects.requireNonNull(previous, "previous");
        this.sink = sink == null ? ignored -> { } : sink;
    }

    /** The latest snapshot. */
    public RunSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void onLogLine(String line, LogSource source) {
        if (source == null || source.stepId() == null) {
            return;
        }
        String prefix = "[" + source.path() + "] ";
        String text = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
        if (text.length() > TAIL_LINE_CHARS) {
            text = text.substring(0, TAIL_LINE_CHARS) + "…";
        }
        Deque<String> tail = tails.computeIfAbsent(source.stepId(), id -> new ArrayDeque<>());
        if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
        }
        tail.addLast(text);
    }

    @Override
    public void onEvent(FollowEvent event) {
        RunSnapshot current = snapshot;
        switch (event.type()) {
            case RUN_STARTED, RUN_QUEUED, RUN_STATUS -> publish(current.live(), current.outcome(), current.message(),
                    event.url(), event.type() == FollowEvent.Type.RUN_STATUS ? event.status() : null);
            case FINISHED -> publish(false, event.status(), event.message(), event.url(), null);
            default -> {
                // node events are covered by the run detail that caused them; warnings only go to the console
            }
        }
    }

    @Override
    public void onRunDetail(RunDetail newDetail) {
        detail = newDetail;
        publish(true, null, null, newDetail.url(), newDetail.status());
    }

    /** Says that nobody follows the run any more (the follow failed or was detached) and why. */
    public void ended(String outcome, String message) {
        RunSnapshot ended = snapshot.ended(outcome, message);
        snapshot = ended;
        sink.accept(ended);
    }

    private void publish(boolean live, String outcome, String message, String eventUrl, String eventStatus) {
        RunSnapshot previous = snapshot;
        RunDetail run = detail;
        String url = eventUrl != null && !eventUrl.isBlank() ? eventUrl : previous.url();
        String status = eventStatus != null && !eventStatus.isBlank() ? eventStatus : previous.status();
        RunSnapshot next;
        if (run == null) {
            next = new RunSnapshot(previous.version() + 1, previous.projectId(), previous.pipelineId(),
                    previous.runId(), previous.runNumber(), previous.pipelineName(), previous.triggerType(),
                    previous.executorName(), status, previous.startTime(), previous.endTime(), url, live, outcome,
                    message, previous.stages(), live ? previous.review() : null, previous.artifacts(),
                    previous.failure());
        } else {
            if (run.url() != null && !run.url().isBlank()) {
                url = run.url();
            }
            next = new RunSnapshot(previous.version() + 1, previous.projectId(), previous.pipelineId(),
                    previous.runId(), run.runNumber() > 0 ? run.runNumber() : previous.runNumber(),
                    run.pipelineName(), run.triggerType(), run.executorName(), status, run.startTime(), run.endTime(),
                    url, live, outcome, message, run.stages(), live ? pendingReview(run) : null, run.artifacts(),
                    failure(run));
        }
        snapshot = next;
        sink.accept(next);
    }

    private RunSnapshot.PendingReview pendingReview(RunDetail run) {
        for (RunDetail.Stage stage : run.stages()) {
            RunSnapshot.PendingReview found = pendingIn(stage, null, stage.pre());
            for (int i = 0; found == null && i < stage.jobs().size(); i++) {
                found = pendingIn(stage, stage.jobs().get(i), stage.jobs().get(i).steps());
            }
            if (found == null) {
                found = pendingIn(stage, null, stage.post());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private RunSnapshot.PendingReview pendingIn(RunDetail.Stage stage, RunDetail.Job job, List<RunDetail.Step> steps) {
        for (RunDetail.Step step : steps) {
            if (step.isPendingReview()) {
                // The detail may not give the review's start; then it waits since the follow first saw it.
                long since = step.startTime() > 0 ? step.startTime()
                        : reviewSeen.computeIfAbsent(step.id(), id -> System.currentTimeMillis());
                return new RunSnapshot.PendingReview(stage.name(), job == null ? null : job.name(), step.jobId(),
                        step.id(), step.name(), approvers(step.inputs().get("approvers")), step.inputs().get("timeout"),
                        since);
            }
        }
        return null;
    }

    /** The {@code approvers} input: names separated by commas or semicolons. */
    static List<String> approvers(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : Arrays.asList(input.split("[,;]"))) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private RunSnapshot.Failure failure(RunDetail run) {
        for (RunDetail.Step step : run.steps()) {
            if (step.status().equals("FAILED") || step.status().equals("ASYNC_FAILED")) {
                Deque<String> tail = tails.get(step.id());
                return new RunSnapshot.Failure(step.id(), step.path(), step.status(),
                        tail == null ? List.of() : new ArrayList<>(tail));
            }
        }
        return null;
    }
}
