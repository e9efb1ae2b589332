package io.jenkins.plugins.codearts.cli.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is known about the run so far: the state both renderers display. Not thread-safe; renderers lock. */
final class RunBoard {

    private final Clock clock;
    private final Instant startedAt;
    private String title = "run";
    private String runId;
    private String url;
    private String runStatus = "STARTING";
    private final Map<String, String> stageStatuses = new LinkedHashMap<>();

    RunBoard(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void started(ProgressEvent.RunStarted event) {
        if (event.title() != null && !event.title().isBlank()) {
            title = event.title();
        }
        runId = event.runId();
        url = event.url();
    }

    /** Returns whether the status changed. */
    boolean runStatus(String status) {
        if (status == null || status.equals(runStatus)) {
            return false;
        }
        runStatus = status;
        return true;
    }

    /** Returns whether the status changed. */
    boolean stageStatus(String stage, String status) {
        String previous = stageStatuses.put(stage, status);
        return !status.equals(previous);
    }

    String elapsed() {
        return TerminalText.elapsed(Duration.between(startedAt, clock.instant()));
    }

    String title() {
        return title;
    }

    String runId() {
        return runId;
    }

    String url() {
        return url;
    }

    String runStatus() {
        return runStatus;
    }

    Map<String, String> stageStatuses() {
        return stageStatuses;
    }
}
