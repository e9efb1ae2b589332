package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Starts the run: sends runPipeline, again after busy answers (a bounded number of times), and when the answer was
 * lost after the request may have reached CodeArts, finds the run it started among the pipeline's newest runs rather
 * than starting a second one. Keeps the notes (run found after a lost answer, run queued) said after the URL line.
 */
final class RunStarter {

    /**
     * When the runs before runPipeline could not be listed: how far from the request a run may have started to count
     * as "started by this request".
     */
    private static final long START_MATCH_WINDOW_MILLIS = TimeUnit.MINUTES.toMillis(2);
    /** Runs listed when looking for the run a lost answer started. */
    private static final int RECENT_RUNS = 50;
    /**
     * Runs listed before runPipeline: a later run is one other than the newest run then, started no earlier than it
     * (server clock). One, because a thousand follows may start at once and every answer costs the service.
     */
    private static final int RUNS_BEFORE_START = 1;
    /** runPipeline attempts while CodeArts answers busy (about a minute and a half with the default polls). */
    private static final int MAX_BUSY_START_ATTEMPTS = 8;
    /**
     * runPipeline refused by the concurrency limit in the pipeline's reject mode: no run id in the answer, so no run
     * was created (the queueing mode answers DEVPIPE.00011169/00011170 with the queued run's id instead).
     */
    private static final Set<String> CONCURRENCY_REJECTION_CODES = Set.of("DEVPIPE.00011104", "DEVPIPE.00011105",
            "DEVPIPE.0011104", "DEVPIPE.0011105");

    private final RunApi api;
    private final FollowOptions options;
    private final FollowReporter reporter;
    private final FailedCallPolicy failures;
    private final StartRunRequest startRequest;
    private final LongSupplier clock;
    private int busyStartAttempts;
    private boolean snapshotTaken;
    /** The pipeline's newest runs before runPipeline was sent; null when they could not be listed. */
    private RunsBefore runsBeforeStart;
    private String recoveryNote;
    private String queuedNote;

    /** The newest runs before the request, and the earliest start among them (0 when the pipeline had no run). */
    private record RunsBefore(Set<String> ids, long oldestStart) {
        boolean isNewer(RunApi.RunSummary run) {
            return !ids.contains(run.runId()) && (run.startTime() == 0 || run.startTime() >= oldestStart);
        }
    }

    RunStarter(RunApi api, FollowOptions options, FollowReporter reporter, FailedCallPolicy failures,
            StartRunRequest startRequest, LongSupplier clock) {
        this.api = api;
        this.options = options;
        this.reporter = reporter;
        this.failures = failures;
        this.startRequest = startRequest;
        this.clock = clock;
    }

    /** Sends runPipeline (again after a busy answer); returns the delay before the next tick. */
    long start() {
        if (!snapshotTaken) {
            snapshotTaken = true;
            runsBeforeStart = existingRuns();
        }
        long sentAt = clock.getAsLong();
        RunApi.Started started;
        try {
            started = api.runPipeline(startRequest);
            failures.reached();
        } catch (CodeArtsThrottledException busy) {
            // Busy or throttled: CodeArts did not create the run, so asking again is safe.
            failures.reached();
            return startWasBusy(busy);
        } catch (CodeArtsApiException error) {
            failures.reached();
            if (isConcurrencyRejection(error)) {
                throw new FollowException("runPipeline was refused with " + error.errorCode()
                        + (error.errorMessage() == null ? "" : " (" + error.errorMessage().strip() + ")")
                        + (error.requestId() == null ? "" : ", request id " + error.requestId())
                        + ". No run was created: the pipeline's concurrency setting rejects new runs while the limit "
                        + "is reached (it does not queue them). Wait for the running runs to finish, or let the "
                        + "pipeline queue runs, then start it again.", error);
            }
            if (error.httpStatus() >= 500) {
                started = recoverStart(error, sentAt);
            } else {
                throw error;
            }
        } catch (CodeArtsTransportException error) {
            if (!error.requestMayHaveReachedServer()) {
                throw error;
            }
            started = recoverStart(error, sentAt);
        } catch (CodeArtsBadResponseException error) {
            failures.reached();
            started = recoverStart(error, sentAt); // CodeArts answered, so it probably started the run
        }
        RunRef ref = new RunRef(startRequest.projectId(), startRequest.pipelineId(), started.runId());
        reporter.update(reporter.state().withRun(ref).withPhase(Phase.QUEUED));
        if (started.queued()) {
            // Said right after the URL line, which the first run detail prints.
            queuedNote = "Run " + started.runId() + " is queued: the pipeline's concurrency limit is reached"
                    + (started.note() == null ? "" : " (" + started.note() + ")");
        }
        return 0;
    }

    /** The notes owed right after the URL line: how a lost answer was recovered, and that the run is queued. */
    void addStartNotes(List<FollowEvent> events, RunRef run, String url, String status) {
        if (recoveryNote != null) {
            events.add(FollowEvent.ofRun(Type.POLL_WARNING, run, url, status, recoveryNote));
            recoveryNote = null;
        }
        if (queuedNote != null) {
            events.add(FollowEvent.ofRun(Type.RUN_QUEUED, run, url, "QUEUED", queuedNote));
            queuedNote = null;
        }
    }

    private static boolean isConcurrencyRejection(CodeArtsApiException error) {
        return error.errorCode() != null && CONCURRENCY_REJECTION_CODES.contains(error.errorCode());
    }

    /** runPipeline answered busy: try again after a growing pause, a bounded number of times. */
    private long startWasBusy(CodeArtsThrottledException busy) {
        busyStartAttempts++;
        if (busyStartAttempts >= MAX_BUSY_START_ATTEMPTS) {
            throw new FollowException("runPipeline answered busy " + busyStartAttempts + " times in a row; no run "
                    + "was created. Last answer: " + ClientErrors.describe(busy) + " Start the pipeline again later.",
                    busy);
        }
        long pause = Math.min(options.fastPoll().toNanos() << Math.min(busyStartAttempts - 1, 20),
                options.reviewPoll().toNanos());
        Duration serverWait = ClientErrors.retryAfter(busy);
        if (serverWait != null) {
            pause = Math.max(pause, serverWait.toNanos());
        }
        reporter.emit(FollowEvent.ofRun(Type.POLL_WARNING, null, null, null, "runPipeline: CodeArts is busy ("
                + ClientErrors.describe(busy) + "); no run was created, starting again in "
                + HumanDuration.format(Duration.ofNanos(pause)) + " (attempt " + (busyStartAttempts + 1) + " of "
                + MAX_BUSY_START_ATTEMPTS + ")"));
        return pause;
    }

    /** The pipeline's newest runs before runPipeline is sent, or null when they cannot be listed. */
    private RunsBefore existingRuns() {
        try {
            List<RunApi.RunSummary> newest = api.recentRuns(startRequest.projectId(), startRequest.pipelineId(),
                    RUNS_BEFORE_START);
            Set<String> ids = new HashSet<>();
            long oldestStart = Long.MAX_VALUE;
            for (RunApi.RunSummary run : newest) {
                ids.add(run.runId());
                oldestStart = Math.min(oldestStart, run.startTime());
            }
            if (newest.size() < RUNS_BEFORE_START) {
                return new RunsBefore(ids, 0); // the pipeline had no run before: every run is newer
            }
            return oldestStart > 0 ? new RunsBefore(ids, oldestStart) : null; // a queued run has no start time yet
        } catch (RuntimeException e) {
            return null; // the recovery falls back to a time window
        }
    }

    /**
     * runPipeline failed after the request may have reached CodeArts: look for the run it started before reporting
     * anything, so a retry by the user does not start a second run unknowingly. Candidates are runs of this pipeline
     * created after the request was sent — other than the newest run before it and started no earlier (or, when that
     * could not be read, started within two minutes of the request by this machine's clock) — started by hand or
     * through the API (trigger type Manual), and — when several remain — carrying the request's description.
     */
    private RunApi.Started recoverStart(CodeArtsException error, long sentAtMillis) {
        List<RunApi.RunSummary> candidates = new ArrayList<>();
        try {
            long now = clock.getAsLong();
            for (RunApi.RunSummary run : api.recentRuns(startRequest.projectId(), startRequest.pipelineId(),
                    RECENT_RUNS)) {
                boolean newSinceRequest = runsBeforeStart != null ? runsBeforeStart.isNewer(run)
                        : run.startTime() == 0 || run.startTime() >= sentAtMillis - START_MATCH_WINDOW_MILLIS
                                && run.startTime() <= now + START_MATCH_WINDOW_MILLIS;
                boolean manual = run.triggerType() == null || run.triggerType().equalsIgnoreCase("Manual");
                if (newSinceRequest && manual) {
                    candidates.add(run);
                }
            }
            if (startRequest.description() != null && candidates.size() > 1) {
                List<RunApi.RunSummary> matching = new ArrayList<>();
                for (RunApi.RunSummary candidate : candidates) {
                    RunView detail = api.showRun(new RunRef(startRequest.projectId(), startRequest.pipelineId(),
                            candidate.runId()));
                    if (startRequest.description().equals(detail.description())) {
                        matching.add(candidate);
                    }
                }
                candidates = matching;
            }
        } catch (RuntimeException lookupError) {
            error.addSuppressed(lookupError);
            throw new FollowException("runPipeline failed (" + ClientErrors.describe(error) + ") after the request may "
                    + "have reached CodeArts, and listing recent runs to check failed too ("
                    + ClientErrors.describe(lookupError) + "). Check the pipeline's run history before starting it again.",
                    error);
        }
        if (candidates.size() == 1) {
            RunApi.RunSummary found = candidates.get(0);
            recoveryNote = "runPipeline failed (" + ClientErrors.describe(error) + "), but run #" + found.runNumber()
                    + " (" + found.runId() + ") was started by this request: following it";
            return new RunApi.Started(found.runId(), false, null);
        }
        if (candidates.isEmpty()) {
            throw new FollowException("runPipeline failed (" + ClientErrors.describe(error) + ") and no run was created: "
                    + (runsBeforeStart != null ? "the pipeline has no run that was not there before the request"
                            : "the pipeline has no run started within " + START_MATCH_WINDOW_MILLIS / 60000
                                    + " minutes of the request")
                    + ". Start it again.", error);
        }
        StringBuilder list = new StringBuilder();
        for (RunApi.RunSummary candidate : candidates) {
            list.append(list.length() == 0 ? "" : ", ").append('#').append(candidate.runNumber()).append(" (")
                    .append(candidate.runId()).append(candidate.executorId() == null ? ""
                            : ", started by user " + candidate.executorId()).append(')');
        }
        throw new FollowException("runPipeline failed (" + ClientErrors.describe(error) + ") after the request may have "
                + "reached CodeArts; " + candidates.size() + " runs of this pipeline were started since the request "
                + "and could be it: " + list + ". Check them before starting the pipeline again.", error);
    }
}
