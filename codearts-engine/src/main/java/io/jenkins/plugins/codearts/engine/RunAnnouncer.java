package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes in each run detail: says the run's first lines (started, following or resuming, with its URL and the start
 * notes) once, and keeps the state's run number, URL and phase up to date.
 */
final class RunAnnouncer {

    private final FollowOptions options;
    private final FollowReporter reporter;
    private final FollowedRun run;
    private final RunStarter starter;
    private final FollowFinisher finisher;
    /** The "Resuming … where it was left" line is still owed. */
    private boolean resumeLineOwed;

    RunAnnouncer(FollowOptions options, FollowReporter reporter, FollowedRun run, RunStarter starter,
            FollowFinisher finisher) {
        this.options = options;
        this.reporter = reporter;
        this.run = run;
        this.starter = starter;
        this.finisher = finisher;
        this.resumeLineOwed = run.resumed();
    }

    void onDetail(RunView detail) {
        FollowState current = reporter.state();
        String url = detail.detailUrl() == null || detail.detailUrl().isBlank() ? fallbackUrl(current.run())
                : detail.detailUrl();
        if (detail.runNumber() != current.runNumber() || !Objects.equals(url, current.runUrl())) {
            current = current.withRunInfo(detail.runNumber(), url);
        }
        List<FollowEvent> events = new ArrayList<>();
        Map<String, String> reportedNow = new LinkedHashMap<>();
        if (resumeLineOwed) {
            resumeLineOwed = false;
            events.add(FollowEvent.ofRun(Type.RUN_STARTED, current.run(), url, detail.status(), "Resuming CodeArts run "
                    + (detail.runNumber() > 0 ? "#" + detail.runNumber() : detail.runId()) + " where it was left: "
                    + (url == null ? "(no URL: the region is not known)" : url)));
        }
        if (!current.reported().containsKey("url")) {
            reportedNow.put("url", url == null ? "" : url);
            String verb = run.startedByThisFollow() ? "Started" : "Following";
            events.add(FollowEvent.ofRun(Type.RUN_STARTED, current.run(), url, detail.status(), verb + " CodeArts run "
                    + (detail.runNumber() > 0 ? "#" + detail.runNumber() : detail.runId()) + ": "
                    + (url == null ? "(no URL: the region is not known)" : url)));
            starter.addStartNotes(events, current.run(), url, detail.status());
        }
        current = current.withReported(reportedNow).withPhase(phaseOf(detail));
        for (FollowEvent event : events) {
            reporter.emit(event);
        }
        reporter.update(current);
    }

    /**
     * The first run detail of a run this follow started could not be read: say the run's id and page now (the
     * fallback URL; the detail's own URL replaces it in the result once a detail arrives).
     */
    void announceWithoutDetail() {
        FollowState state = reporter.state();
        if (!run.startedByThisFollow() || state.reported().containsKey("url")) {
            return;
        }
        String url = fallbackUrl(state.run());
        List<FollowEvent> events = new ArrayList<>();
        events.add(FollowEvent.ofRun(Type.RUN_STARTED, state.run(), url, null, "Started CodeArts run "
                + state.run().runId() + ": " + (url == null ? "(no URL: the region is not known)" : url)));
        starter.addStartNotes(events, state.run(), url, null);
        for (FollowEvent event : events) {
            reporter.emit(event);
        }
        state = reporter.state();
        reporter.update(state.withRunInfo(state.runNumber(), url).withReported(Map.of("url", url == null ? "" : url)));
    }

    private Phase phaseOf(RunView detail) {
        if (finisher.stopping()) {
            return Phase.STOPPING;
        }
        String status = detail.status();
        if (status.isEmpty() || status.equals("QUEUED") || status.equals("INIT")) {
            return Phase.QUEUED;
        }
        boolean reviewPending = false;
        boolean otherRunning = false;
        for (StepSlot slot : PipelineWalker.steps(detail)) {
            StepView step = slot.step();
            if (step.isPendingReview()) {
                reviewPending = true;
            } else if (step.hasStarted() && !step.isTerminal()) {
                otherRunning = true;
            }
        }
        if (reviewPending && !otherRunning || PipelineStatuses.WAITING_ON_PERSON.contains(status) && !otherRunning) {
            return Phase.WAITING_FOR_REVIEW;
        }
        return Phase.RUNNING;
    }

    private String fallbackUrl(RunRef ref) {
        return CodeArtsEngine.fallbackRunUrl(options.region(), ref);
    }
}
