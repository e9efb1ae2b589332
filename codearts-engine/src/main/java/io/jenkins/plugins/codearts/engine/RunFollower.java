package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import io.jenkins.plugins.codearts.engine.FollowState.StepCursor;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Follows one run as a chain of short tasks on the caller's scheduler: each tick reads the run detail when due, reads
 * new log text of the steps that run or just finished, reports transitions, and schedules the next tick. Ticks of one
 * follow never overlap, so the fields below are only touched by one thread at a time (the scheduler hands them over
 * with a happens-before edge); {@link #cancel(String)} and {@link #state()} use the lock and volatile fields.
 */
final class RunFollower implements RunFollow {

    /** Upper bound for pages read from one step in one tick, so a huge backlog does not starve other follows. */
    private static final int MAX_PAGES_PER_STEP_TICK = 64;
    /** Upper bound of time spent paging in one tick; the next tick follows immediately when a backlog remains. */
    private static final long MAX_PAGING_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** Failed reads of a finished step's log, at the least, before the engine gives up on it (saying so). */
    private static final int FINAL_READ_ATTEMPTS = 5;
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
    /** 401 answers in a row on a run known to exist before the follow gives up. */
    private static final int MAX_AUTH_RETRIES = 3;
    /** runPipeline attempts while CodeArts answers busy (about a minute and a half with the default polls). */
    private static final int MAX_BUSY_START_ATTEMPTS = 8;
    /**
     * runPipeline refused by the concurrency limit in the pipeline's reject mode: no run id in the answer, so no run
     * was created (the queueing mode answers DEVPIPE.00011169/00011170 with the queued run's id instead).
     */
    private static final Set<String> CONCURRENCY_REJECTION_CODES = Set.of("DEVPIPE.00011104", "DEVPIPE.00011105",
            "DEVPIPE.0011104", "DEVPIPE.0011105");

    private final RunApi api;
    private final ScheduledExecutorService scheduler;
    private final FollowOptions options;
    private final FollowListener listener;
    private final StartRunRequest startRequest;
    private final PollPolicy pollPolicy;
    private final LogLineAssembler assembler;
    private final LongSupplier clock;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final Object lock = new Object();

    private volatile FollowState state;
    private volatile String cancelReason;
    /** The state last handed to {@link FollowListener#onStateChanged}, which a front end saves (disk I/O). */
    private FollowState savedState;

    // Guarded by lock: the scheduling handshake.
    private ScheduledFuture<?> nextTick;
    private boolean ticking;
    private boolean wakeRequested;

    // Touched only inside ticks.
    private RunView lastRun;
    private long lastDetailAt = Long.MIN_VALUE;
    private int quietPolls;
    private boolean backlog;
    private Duration retryAfter;
    private long lastWarningAt = Long.MIN_VALUE;
    private Outcome stoppingOutcome;
    private String stoppingMessage;
    private long stopDeadline;
    private String recoveryNote;
    private String queuedNote;
    private int pageLimit;
    private int pageLimitCeiling;
    private boolean resumed;
    /** The follow continues one saved earlier, whose run was seen then. */
    private final boolean resumedFromState;
    private final long followBeganAt;
    /** Some call had an answer from CodeArts (any HTTP answer, an error too). */
    private boolean reachedService;
    private int unreachableAttempts;
    private int consecutiveAuthFailures;
    private long detailFailingSince = Long.MIN_VALUE;
    /** Steps whose last log read failed: when to try again. */
    private final Map<String, LogRetry> logRetries = new HashMap<>();
    private int busyStartAttempts;
    private boolean snapshotTaken;
    /** The pipeline's newest runs before runPipeline was sent; null when they could not be listed. */
    private RunsBefore runsBeforeStart;

    /** The newest runs before the request, and the earliest start among them (0 when the pipeline had no run). */
    private record RunsBefore(Set<String> ids, long oldestStart) {
        boolean isNewer(RunApi.RunSummary run) {
            return !ids.contains(run.runId()) && (run.startTime() == 0 || run.startTime() >= oldestStart);
        }
    }
    /** The step whose line was printed last (its start line or a log line), for labelling interleaved lines. */
    private String lastOutputStep;

    private record LogRetry(int failures, long firstFailureAt, long nextAttemptAt) {
    }

    RunFollower(RunApi api, ScheduledExecutorService scheduler, FollowOptions options, FollowListener listener,
            FollowState initialState, StartRunRequest startRequest, LongSupplier clock) {
        this.api = api;
        this.scheduler = scheduler;
        this.options = options;
        this.listener = listener == null ? FollowListener.none() : listener;
        this.state = initialState;
        this.savedState = initialState;
        this.startRequest = startRequest;
        this.pollPolicy = new PollPolicy(options, () -> ThreadLocalRandom.current().nextDouble());
        this.assembler = new LogLineAssembler(options.maxLineChars());
        this.clock = clock;
        this.resumed = initialState.reported().containsKey("url");
        this.resumedFromState = resumed;
        this.followBeganAt = clock.getAsLong();
        this.pageLimit = options.logPageLines();
        this.pageLimitCeiling = Math.max(options.logPageLines(), options.maxLogPageLines());
    }

    void begin() {
        schedule(0);
    }

    @Override
    public CompletableFuture<RunResult> result() {
        return result;
    }

    @Override
    public FollowState state() {
        return state;
    }

    @Override
    public CompletableFuture<RunResult> cancel(String reason) {
        if (result.isDone()) {
            return result;
        }
        if (cancelReason == null) {
            cancelReason = reason == null || reason.isBlank() ? "cancelled" : reason;
            wake();
        }
        return result;
    }

    @Override
    public RunResult await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            cancel("the waiting thread was interrupted");
            Thread.currentThread().interrupt();
            throw new FollowException("Interrupted while following " + describeRun() + "; the follow was cancelled", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    @Override
    public RunResult await(Duration maxWait) {
        try {
            return result.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            cancel("the waiting thread was interrupted");
            Thread.currentThread().interrupt();
            throw new FollowException("Interrupted while following " + describeRun() + "; the follow was cancelled", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            throw new FollowException("No result for " + describeRun() + " within "
                    + HumanDuration.format(maxWait) + "; the follow goes on", e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new FollowException(Failures.describe(cause), cause);
    }

    private String describeRun() {
        RunRef run = state.run();
        return run == null ? "the run being started" : run.toString();
    }

    // ---------------------------------------------------------------- scheduling

    private void schedule(long delayNanos) {
        synchronized (lock) {
            ticking = false;
            if (result.isDone()) {
                return;
            }
            if (wakeRequested) {
                wakeRequested = false;
                delayNanos = 0;
            }
            try {
                nextTick = scheduler.schedule(this::tick, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new FollowException(
                        "The scheduler refused further polls of " + describeRun() + " (was it shut down?)", e));
            }
        }
    }

    private void wake() {
        synchronized (lock) {
            if (ticking || nextTick == null || !nextTick.cancel(false)) {
                wakeRequested = true; // the running (or just starting) tick reschedules at once
                return;
            }
            schedule(0);
        }
    }

    private void tick() {
        synchronized (lock) {
            if (result.isDone()) {
                return;
            }
            ticking = true;
            wakeRequested = false;
        }
        long delay;
        try {
            delay = step();
            saveState(); // once per tick, with everything the tick sent
        } catch (Throwable error) {
            fail(error);
            delay = 0;
        }
        schedule(delay);
    }

    // ---------------------------------------------------------------- one tick

    /** Does one round of work and returns the delay before the next, in nanoseconds. */
    private long step() {
        if (state.run() == null) {
            if (cancelReason != null) { // between busy answers: nothing was created, so nothing to stop
                throw new FollowException("Cancelled (" + cancelReason + ") before runPipeline created a run; "
                        + "nothing was started");
            }
            return start();
        }
        long now = clock.getAsLong();
        retryAfter = null;
        if (stoppingOutcome != null && now >= stopDeadline) {
            finish(stoppingOutcome, stoppingMessage + "; run " + runLabel() + " did not reach CANCELED within "
                    + HumanDuration.format(options.stopWait()) + "; last status " + lastStatus());
            return 0;
        }
        if (stoppingOutcome == null && (lastRun == null || !lastRun.isTerminal())) {
            if (cancelReason != null && lastRun == null && !runKnownToExist()) {
                finish(Outcome.ABORTED, "Cancelled: " + cancelReason + "; run " + state.run().runId()
                        + " was never seen, so nothing was stopped");
                return 0;
            }
            if (cancelReason != null) {
                beginStop(Outcome.ABORTED, "Cancelled: " + cancelReason, options.stopOnCancel(), Type.CANCELING);
            } else if (state.deadlineEpochMillis() > 0 && now >= state.deadlineEpochMillis()) {
                beginStop(Outcome.TIMEOUT, "Timeout of " + HumanDuration.format(options.timeout()) + " reached",
                        options.stopOnTimeout(), Type.TIMEOUT);
            }
            if (result.isDone()) {
                return 0;
            }
        }

        boolean detailDue = lastRun == null || stoppingOutcome != null || state.phase() != Phase.RUNNING
                || quietPolls > 0 || now - lastDetailAt >= options.detailRefresh().toMillis();
        if (detailDue) {
            RunView run;
            try {
                run = api.showRun(state.run());
            } catch (RuntimeException error) {
                announceWithoutDetail();
                return callFailed(error, now, true);
            }
            reachedService = true;
            consecutiveAuthFailures = 0;
            detailFailingSince = Long.MIN_VALUE;
            lastRun = run;
            lastDetailAt = now;
            onDetail(run);
        }
        if (cancelReason != null && stoppingOutcome == null && !lastRun.isTerminal()) {
            return 0; // handle the cancel in a tick of its own, with the fresh detail
        }

        Walk walk = new Walk(now, lastRun.isTerminal());
        walk(walk);
        if (detailDue) {
            // After the walk, so a front end drawing the whole run gets the detail after the events it caused.
            listener.onRunDetail(RunDetail.of(lastRun, state.runUrl(), api::jobIdForStageStep));
        }
        if (result.isDone()) {
            return 0;
        }
        if (lastRun.isTerminal() && allLogsComplete()) {
            finish(stoppingOutcome != null ? stoppingOutcome : Outcome.ofRunStatus(lastRun.status()), null);
            return 0;
        }
        quietPolls = walk.textArrived ? 0 : quietPolls + 1;
        if (backlog) {
            return 0;
        }
        long delay = pollPolicy.next(state.phase(), quietPolls, retryAfter).toNanos();
        if (state.deadlineEpochMillis() > 0 && stoppingOutcome == null) {
            long untilDeadline = TimeUnit.MILLISECONDS.toNanos(state.deadlineEpochMillis() - now);
            delay = Math.max(0, Math.min(delay, untilDeadline));
        }
        return delay;
    }

    /** Whether the run is known to exist: seen in a detail, started by this follow, or seen before a resume. */
    private boolean runKnownToExist() {
        return lastRun != null || startRequest != null || resumedFromState;
    }

    // ---------------------------------------------------------------- start

    /** Sends runPipeline (again after a busy answer); returns the delay before the next tick. */
    private long start() {
        if (!snapshotTaken) {
            snapshotTaken = true;
            runsBeforeStart = existingRuns();
        }
        long sentAt = clock.getAsLong();
        RunApi.Started started;
        try {
            started = api.runPipeline(startRequest);
            reachedService = true;
        } catch (CodeArtsThrottledException busy) {
            // Busy or throttled: CodeArts did not create the run, so asking again is safe.
            reachedService = true;
            return startWasBusy(busy);
        } catch (CodeArtsApiException error) {
            reachedService = true;
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
            reachedService = true;
            started = recoverStart(error, sentAt); // CodeArts answered, so it probably started the run
        }
        RunRef ref = new RunRef(startRequest.projectId(), startRequest.pipelineId(), started.runId());
        updateState(state.withRun(ref).withPhase(Phase.QUEUED));
        if (started.queued()) {
            // Said right after the URL line, which the first run detail prints.
            queuedNote = "Run " + started.runId() + " is queued: the pipeline's concurrency limit is reached"
                    + (started.note() == null ? "" : " (" + started.note() + ")");
        }
        return 0;
    }

    private static boolean isConcurrencyRejection(CodeArtsApiException error) {
        return error.errorCode() != null && CONCURRENCY_REJECTION_CODES.contains(error.errorCode());
    }

    /** runPipeline answered busy: try again after a growing pause, a bounded number of times. */
    private long startWasBusy(CodeArtsThrottledException busy) {
        busyStartAttempts++;
        if (busyStartAttempts >= MAX_BUSY_START_ATTEMPTS) {
            throw new FollowException("runPipeline answered busy " + busyStartAttempts + " times in a row; no run "
                    + "was created. Last answer: " + Failures.describe(busy) + " Start the pipeline again later.",
                    busy);
        }
        long pause = Math.min(options.fastPoll().toNanos() << Math.min(busyStartAttempts - 1, 20),
                options.reviewPoll().toNanos());
        Duration serverWait = Failures.retryAfter(busy);
        if (serverWait != null) {
            pause = Math.max(pause, serverWait.toNanos());
        }
        emit(FollowEvent.ofRun(Type.POLL_WARNING, null, null, null, "runPipeline: CodeArts is busy ("
                + Failures.describe(busy) + "); no run was created, starting again in "
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
     * could not be read, started within two minutes of the request by this machine's clock) — started by hand or through the API (trigger type Manual), and — when several remain — carrying the
     * request's description.
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
            throw new FollowException("runPipeline failed (" + Failures.describe(error) + ") after the request may "
                    + "have reached CodeArts, and listing recent runs to check failed too ("
                    + Failures.describe(lookupError) + "). Check the pipeline's run history before starting it again.",
                    error);
        }
        if (candidates.size() == 1) {
            RunApi.RunSummary found = candidates.get(0);
            recoveryNote = "runPipeline failed (" + Failures.describe(error) + "), but run #" + found.runNumber()
                    + " (" + found.runId() + ") was started by this request: following it";
            return new RunApi.Started(found.runId(), false, null);
        }
        if (candidates.isEmpty()) {
            throw new FollowException("runPipeline failed (" + Failures.describe(error) + ") and no run was created: "
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
        throw new FollowException("runPipeline failed (" + Failures.describe(error) + ") after the request may have "
                + "reached CodeArts; " + candidates.size() + " runs of this pipeline were started since the request "
                + "and could be it: " + list + ". Check them before starting the pipeline again.", error);
    }

    // ---------------------------------------------------------------- run detail

    private void onDetail(RunView run) {
        FollowState current = state;
        String url = run.detailUrl() == null || run.detailUrl().isBlank() ? fallbackUrl(current.run())
                : run.detailUrl();
        if (run.runNumber() != current.runNumber() || !Objects.equals(url, current.runUrl())) {
            current = current.withRunInfo(run.runNumber(), url);
        }
        List<FollowEvent> events = new ArrayList<>();
        Map<String, String> reportedNow = new LinkedHashMap<>();
        if (resumed) {
            resumed = false;
            events.add(FollowEvent.ofRun(Type.RUN_STARTED, current.run(), url, run.status(), "Resuming CodeArts run "
                    + (run.runNumber() > 0 ? "#" + run.runNumber() : run.runId()) + " where it was left: "
                    + (url == null ? "(no URL: set FollowOptions.region)" : url)));
        }
        if (!current.reported().containsKey("url")) {
            reportedNow.put("url", url == null ? "" : url);
            String verb = startRequest != null ? "Started" : "Following";
            events.add(FollowEvent.ofRun(Type.RUN_STARTED, current.run(), url, run.status(), verb + " CodeArts run "
                    + (run.runNumber() > 0 ? "#" + run.runNumber() : run.runId()) + ": "
                    + (url == null ? "(no URL: set FollowOptions.region)" : url)));
            addStartNotes(events, current.run(), url, run.status());
        }
        current = current.withReported(reportedNow).withPhase(phaseOf(run));
        for (FollowEvent event : events) {
            emit(event);
        }
        updateState(current);
    }

    /**
     * The first run detail of a run this follow started could not be read: say the run's id and page now (the
     * fallback URL; the detail's own URL replaces it in the result once a detail arrives).
     */
    private void announceWithoutDetail() {
        if (startRequest == null || state.reported().containsKey("url")) {
            return;
        }
        String url = fallbackUrl(state.run());
        List<FollowEvent> events = new ArrayList<>();
        events.add(FollowEvent.ofRun(Type.RUN_STARTED, state.run(), url, null, "Started CodeArts run "
                + state.run().runId() + ": " + (url == null ? "(no URL: set FollowOptions.region)" : url)));
        addStartNotes(events, state.run(), url, null);
        for (FollowEvent event : events) {
            emit(event);
        }
        updateState(state.withRunInfo(state.runNumber(), url).withReported(Map.of("url", url == null ? "" : url)));
    }

    private void addStartNotes(List<FollowEvent> events, RunRef run, String url, String status) {
        if (recoveryNote != null) {
            events.add(FollowEvent.ofRun(Type.POLL_WARNING, run, url, status, recoveryNote));
            recoveryNote = null;
        }
        if (queuedNote != null) {
            events.add(FollowEvent.ofRun(Type.RUN_QUEUED, run, url, "QUEUED", queuedNote));
            queuedNote = null;
        }
    }

    private Phase phaseOf(RunView run) {
        if (stoppingOutcome != null) {
            return Phase.STOPPING;
        }
        String status = run.status();
        if (status.isEmpty() || status.equals("QUEUED") || status.equals("INIT")) {
            return Phase.QUEUED;
        }
        boolean reviewPending = false;
        boolean otherRunning = false;
        for (StepSlot slot : PipelineWalker.steps(run)) {
            StepView step = slot.step();
            if (step.isPendingReview()) {
                reviewPending = true;
            } else if (step.hasStarted() && !step.isTerminal()) {
                otherRunning = true;
            }
        }
        if (reviewPending && !otherRunning || Statuses.WAITING_ON_PERSON.contains(status) && !otherRunning) {
            return Phase.WAITING_FOR_REVIEW;
        }
        return Phase.RUNNING;
    }

    private String fallbackUrl(RunRef ref) {
        return CodeArtsEngine.fallbackRunUrl(options.region(), ref);
    }

    // ---------------------------------------------------------------- status lines and logs, in causal order

    /** One pass over the run in pipeline order. */
    private static final class Walk {
        final long now;
        final boolean runOver;
        final long pagingStarted = System.nanoTime();
        boolean textArrived;
        /** A call failed for reasons of the service, not of one step: no more log reads in this tick. */
        boolean logsHalted;

        Walk(long now, boolean runOver) {
            this.now = now;
            this.runOver = runOver;
        }
    }

    /**
     * Says status changes and reads new log text in the run's causal order: the run's start; then stage by stage its
     * start, entry steps, jobs (each job's start, its steps in order, its end), exit steps and its end. A step's start
     * comes before its first log line and its end after its last; a node's end waits until everything inside it has
     * ended, and a stage whose end waits holds back everything after it (the lines are said once the log is read).
     */
    private void walk(Walk walk) {
        backlog = false;
        RunView run = lastRun;
        String runStatus = run.status();
        if (!runStatus.isEmpty() && !run.isTerminal()
                && !runStatus.equals(state.reported().get(TransitionDetector.RUN_KEY))) {
            report(TransitionDetector.RUN_KEY, runStatus,
                    TransitionDetector.runEvent(state.run(), state.runUrl(), run, runStatus));
        }
        for (StageView stage : PipelineWalker.stages(run)) {
            String stageKey = TransitionDetector.stageKey(stage);
            String stageEnd = reportStart(stageKey, stage.status(), stage.startTime(),
                    status -> TransitionDetector.stageEvent(state.run(), state.runUrl(), stage, status));
            boolean open = !walkSteps(stage, null, stage.pre(), walk);
            if (!open) {
                for (JobView job : PipelineWalker.jobs(stage)) {
                    String jobKey = TransitionDetector.jobKey(job);
                    String jobEnd = reportStart(jobKey, job.status(), job.startTime(),
                            status -> TransitionDetector.jobEvent(state.run(), state.runUrl(), stage, job, status));
                    boolean jobOpen = !walkSteps(stage, job, job.steps(), walk);
                    if (result.isDone()) {
                        return;
                    }
                    if (!jobOpen && jobEnd != null) {
                        report(jobKey, jobEnd,
                                TransitionDetector.jobEvent(state.run(), state.runUrl(), stage, job, jobEnd));
                    }
                    open |= jobOpen;
                }
            }
            if (!open) {
                open = !walkSteps(stage, null, stage.post(), walk);
            }
            if (result.isDone()) {
                return;
            }
            if (!open && stageEnd != null) {
                report(stageKey, stageEnd, TransitionDetector.stageEvent(state.run(), state.runUrl(), stage, stageEnd));
            }
            if (open && Statuses.isNodeTerminal(stage.status())) {
                return; // the stage has ended but its end waits for its logs: the next stage's start waits too
            }
        }
    }

    /** Walks steps that run one after the other; false when one of them has ended but its end waits for its log. */
    private boolean walkSteps(StageView stage, JobView job, List<StepView> steps, Walk walk) {
        List<StepView> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(StepView::sequence));
        for (StepView step : ordered) {
            if (!walkStep(new StepSlot(stage, job, step), walk) || result.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** Start line, review notice, new log text, end line of one step; false when its end waits for its log. */
    private boolean walkStep(StepSlot slot, Walk walk) {
        StepView step = slot.step();
        String key = TransitionDetector.stepKey(step);
        String end = reportStart(key, step.status(), step.startTime(),
                status -> TransitionDetector.stepEvent(state.run(), state.runUrl(), slot, status));
        if (step.isPendingReview() && slot.job() != null
                && !state.reported().containsKey(TransitionDetector.reviewKey(step))) {
            report(TransitionDetector.reviewKey(step), "PENDING",
                    TransitionDetector.reviewEvent(state.run(), state.runUrl(), slot, options.reviewHint()));
        }
        readStepLog(slot, walk);
        if (end == null) {
            return true;
        }
        if (!logDone(step)) {
            return false;
        }
        report(key, end, TransitionDetector.stepEvent(state.run(), state.runUrl(), slot, end));
        return true;
    }

    /**
     * Says the changes of a node that are not its end (a start, a pause) and returns the end still owed, if any,
     * which the caller says once everything inside the node is said.
     */
    private String reportStart(String key, String status, long startTime,
            java.util.function.Function<String, FollowEvent> eventFor) {
        String end = null;
        for (String next : TransitionDetector.toReport(status, startTime, state.reported().get(key))) {
            if (Statuses.isNodeTerminal(next)) {
                end = next;
            } else {
                report(key, next, eventFor.apply(next));
            }
        }
        return end;
    }

    /** Sends one status line and records it as reported. */
    private void report(String key, String status, FollowEvent event) {
        emit(event);
        updateState(state.withReported(Map.of(key, status)));
    }

    private boolean logDone(StepView step) {
        return !options.streamLogs() || state.logTruncated() || !step.hasStarted()
                || state.cursor(step.id()).complete();
    }

    /** Reads a step's new log text, page after page while the service has more (within this tick's budget). */
    private void readStepLog(StepSlot slot, Walk walk) {
        StepView step = slot.step();
        if (!options.streamLogs() || state.logTruncated() || walk.logsHalted || !step.hasStarted()
                || step.isPendingReview() && !walk.runOver) {
            return;
        }
        StepCursor cursor = state.cursor(step.id());
        if (cursor.complete()) {
            return;
        }
        LogRetry retry = logRetries.get(step.id());
        if (retry != null && walk.now < retry.nextAttemptAt) {
            return;
        }
        // The detail was read before this log read: a step it shows as finished has its whole log available.
        boolean stepOver = step.isTerminal() || walk.runOver;
        String jobId = slot.job() != null ? slot.job().id() : api.jobIdForStageStep(slot.stage());
        LogSource source = null; // built once there is a line to send (most polls of a quiet step bring none)
        String prefix = "";
        int pages = 0;
        while (true) {
            RunApi.LogPage page;
            try {
                page = api.showStepLogs(state.run(), jobId, step.id(), cursor.offset(), pageLimit);
                reachedService = true;
                consecutiveAuthFailures = 0;
                logRetries.remove(step.id());
            } catch (RuntimeException error) {
                if (pageLimit > options.logPageLines() && isRejectedRequest(error)) {
                    // The service does not take larger pages: stay at the configured size from now on.
                    pageLimit = options.logPageLines();
                    pageLimitCeiling = options.logPageLines();
                    backlog = true;
                    return;
                }
                logReadFailed(slot, cursor, error, stepOver, walk);
                return;
            }
            pages++;
            String text = page.text() == null ? "" : page.text();
            LogLineAssembler.Assembled assembled = assembler.accept(cursor.pending(), text);
            String nextOffset = page.endOffset() == null || page.endOffset().isBlank() ? cursor.offset()
                    : page.endOffset();
            boolean progressed = !Objects.equals(nextOffset, cursor.offset()) || !text.isEmpty();
            boolean more = page.hasMore() && progressed;
            List<String> lines = assembled.lines();
            StepCursor next;
            if (stepOver && !more) {
                lines = new ArrayList<>(lines);
                lines.addAll(assembler.flush(assembled.pending()));
                next = new StepCursor(null, "", true);
            } else {
                next = new StepCursor(nextOffset, assembled.pending(), false);
            }
            walk.textArrived |= !text.isEmpty();
            if (source == null && !lines.isEmpty()) {
                source = LogSource.of(slot);
                prefix = options.prefixLines() ? slot.prefix() : "";
            }
            if (!emitLogLines(step.id(), source, prefix, lines, next)) {
                return; // byte cap reached
            }
            cursor = next;
            // Catch up on a backlog with larger pages; back to the configured size once caught up.
            pageLimit = more ? Math.min(pageLimitCeiling, pageLimit * 4) : options.logPageLines();
            if (!more) {
                return;
            }
            if (pages >= MAX_PAGES_PER_STEP_TICK || System.nanoTime() - walk.pagingStarted > MAX_PAGING_NANOS) {
                backlog = true;
                return;
            }
        }
    }

    /**
     * A log read failed after the client's retries. The detail shows the step, so even "not found" is taken as
     * transient: the step is tried again with a growing pause. Once the step is over and its log has kept failing for
     * {@link FollowOptions#unreadableLogTimeout()} (and at least {@link #FINAL_READ_ATTEMPTS} times), the engine gives
     * up on the rest of it, says so, and marks the result's logs incomplete. Failures of the service itself (5xx,
     * throttling, connection) also stop the other log reads of this tick; authentication errors are handled as for
     * the run detail.
     */
    private void logReadFailed(StepSlot slot, StepCursor cursor, RuntimeException error, boolean stepOver,
            Walk walk) {
        if (!Failures.isClientError(error)) {
            throw error;
        }
        String stepId = slot.step().id();
        LogRetry previous = logRetries.get(stepId);
        int failures = previous == null ? 1 : previous.failures + 1;
        long firstFailureAt = previous == null ? walk.now : previous.firstFailureAt;
        if (stepOver && failures >= FINAL_READ_ATTEMPTS
                && walk.now - firstFailureAt >= options.unreadableLogTimeout().toMillis()) {
            logRetries.remove(stepId);
            giveUpOnLog(slot, cursor, error, failures, walk.now - firstFailureAt);
            return;
        }
        long pause = Math.min(options.fastPoll().toNanos() << Math.min(failures - 1, 20),
                options.reviewPoll().toNanos());
        logRetries.put(stepId, new LogRetry(failures, firstFailureAt,
                walk.now + TimeUnit.NANOSECONDS.toMillis(pause)));
        if (Failures.isAuthentication(error) || !stepLevel(error)) {
            walk.logsHalted = true;
            callFailed(error, walk.now, false);
        } else {
            warn(walk.now, "Reading the log of step \"" + slot.path() + "\" failed (" + Failures.describe(error)
                    + "); the step is in the run detail, so the engine tries again (attempt " + failures + ")");
        }
    }

    /** Errors about one step's log (not found, rejected), as opposed to the service failing. */
    private static boolean stepLevel(RuntimeException error) {
        return error instanceof CodeArtsApiException api && api.httpStatus() < 500 && api.httpStatus() != 429
                && !(error instanceof CodeArtsThrottledException);
    }

    /** Gives up on the rest of one step's log: its partial line is printed, and one line says what is missing. */
    private void giveUpOnLog(StepSlot slot, StepCursor cursor, RuntimeException error, int attempts,
            long failingMillis) {
        String stepId = slot.step().id();
        LogSource source = LogSource.of(slot);
        emitLogLines(stepId, source, options.prefixLines() ? slot.prefix() : "",
                assembler.flush(cursor.pending()), new StepCursor(null, "", true));
        String url = state.runUrl();
        emit(new FollowEvent(Type.LOG_INCOMPLETE, state.run(), url, slot.stage().id(), slot.stage().name(),
                slot.job() == null ? null : slot.job().id(), slot.job() == null ? null : slot.job().name(), stepId,
                slot.step().name(), slot.step().status(), "[log of step \"" + slot.path() + "\" could not be read "
                        + "after " + attempts + " attempts over " + HumanDuration.format(Duration.ofMillis(
                                failingMillis)) + ": " + Failures.describe(error) + "; the rest of it is missing here"
                        + "; full log: " + (url == null ? "the run's page in CodeArts" : url) + "]"));
        updateState(state.withIncompleteLog(stepId, slot.path()));
    }

    private static boolean isRejectedRequest(RuntimeException error) {
        return error instanceof CodeArtsApiException api && api.httpStatus() == 400;
    }

    private boolean allLogsComplete() {
        if (!options.streamLogs() || state.logTruncated()) {
            return true;
        }
        for (StepSlot slot : PipelineWalker.steps(lastRun)) {
            if (slot.step().hasStarted() && !state.cursor(slot.step().id()).complete()) {
                return false;
            }
        }
        return true;
    }

    /** Sends lines under the byte cap and records the new cursor; false once the cap cut the log. */
    private boolean emitLogLines(String stepId, LogSource source, String prefix, List<String> lines,
            StepCursor next) {
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
            long size = utf8Length(line) + 1L;
            if (bytes + added + size > cap) {
                updateState(state.withCursor(stepId, next, added));
                String url = state.runUrl();
                emit(FollowEvent.ofRun(Type.LOG_TRUNCATED, state.run(), url, null,
                        "[log truncated: this run's console output reached the cap of " + cap
                                + " bytes (FollowOptions.maxLogBytes); full log: "
                                + (url == null ? "the run's page in CodeArts" : url) + "]"));
                updateState(state.withLogTruncated());
                return false;
            }
            listener.onLogLine(prefix.isEmpty() ? line : prefix + line, source);
            added += size;
        }
        updateState(state.withCursor(stepId, next, added));
        return true;
    }

    /** UTF-8 size without encoding the line (this runs for every log line). */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // an unpaired surrogate is encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    // ---------------------------------------------------------------- stop, finish, fail

    private void beginStop(Outcome outcome, String reason, boolean stopRemote, Type eventType) {
        stoppingMessage = reason;
        if (!stopRemote) {
            emit(FollowEvent.ofRun(eventType, state.run(), state.runUrl(), lastStatus(),
                    reason + "; the remote run " + runLabel() + " is left running: " + state.runUrl()));
            finish(outcome, reason + "; remote run left " + lastStatus());
            return;
        }
        emit(FollowEvent.ofRun(eventType, state.run(), state.runUrl(), lastStatus(),
                reason + "; stopping run " + runLabel()));
        try {
            api.stopRun(state.run());
        } catch (RuntimeException error) {
            emit(FollowEvent.ofRun(Type.POLL_WARNING, state.run(), state.runUrl(), lastStatus(),
                    "Could not stop run " + runLabel() + ": " + Failures.describe(error)));
            finish(outcome, reason + "; stopping the run failed: " + Failures.describe(error));
            return;
        }
        stoppingOutcome = outcome;
        stopDeadline = clock.getAsLong() + options.stopWait().toMillis();
        updateState(state.withPhase(Phase.STOPPING));
    }

    private void finish(Outcome outcome, String extraMessage) {
        RunView run = lastRun != null ? lastRun : new RunView(state.run().runId(), state.run().pipelineId(),
                state.runNumber(), "", 0, 0, state.runUrl(), null, List.of(), List.of());
        String url = state.runUrl();
        if (run.isTerminal() && !run.status().equals(state.reported().get(TransitionDetector.RUN_KEY))) {
            report(TransitionDetector.RUN_KEY, run.status(),
                    TransitionDetector.runEvent(state.run(), url, run, run.status())); // the run ends last
        }
        String message;
        if (extraMessage != null) {
            message = extraMessage;
        } else if (stoppingOutcome != null) {
            message = stoppingMessage + "; run " + runLabel() + " stopped: " + run.status();
        } else {
            message = "Run " + runLabel() + " finished: " + run.status();
        }
        List<String> incomplete = new ArrayList<>(state.incompleteLogs().values());
        if (!incomplete.isEmpty()) {
            message += "; the logs of " + incomplete.size() + (incomplete.size() == 1 ? " step are" : " steps are")
                    + " incomplete";
            listener.onLine("WARNING: some log lines could not be read and are missing from this console: "
                    + incomplete.stream().map(path -> "\"" + path + "\"").collect(Collectors.joining(", "))
                    + ". The full logs are on " + (url == null ? "the run's page in CodeArts" : url) + ".");
        }
        List<StageResult> stages = new ArrayList<>();
        for (StageView stage : PipelineWalker.stages(run)) {
            stages.add(new StageResult(stage.id(), stage.name(), stage.sequence(), stage.status(), stage.startTime(),
                    stage.endTime()));
        }
        RunResult runResult = new RunResult(state.run(), state.run().runId(), run.runNumber(), run.status(), url,
                run.startTime(), run.endTime(), stages, run.artifacts(), outcome, message, incomplete);
        emit(FollowEvent.ofRun(Type.FINISHED, state.run(), url, outcome.name(), message + " (" + outcome + ")"
                + (url == null ? "" : " " + url)));
        updateState(state.withPhase(Phase.DONE));
        result.complete(runResult);
    }

    private void fail(Throwable error) {
        if (result.isDone()) {
            return;
        }
        try {
            saveState();
        } catch (RuntimeException ignored) {
            // the listener failed to save; the result still has to complete
        }
        try {
            listener.onLine("Following " + describeRun() + " stopped: " + Failures.describe(error));
        } catch (RuntimeException ignored) {
            // the listener is what failed; the result still has to complete
        }
        result.completeExceptionally(error);
    }

    /**
     * A call failed after the client's retries; returns the delay before the next try, or throws when the follow
     * cannot go on. Ridden through: anything transient; a 401 on a run known to exist ({@link #MAX_AUTH_RETRIES}
     * times in a row: each new call signs again, and the client fetches a new token); "not found" or an answer that
     * is not a run detail for a run already seen (for {@link FollowOptions#unreadableLogTimeout()}). A follow that
     * has never had an answer from CodeArts ends after {@link FollowOptions#unreachableTimeout()}. Other permanent
     * errors (403, 404 of a run never seen, 400) end the follow.
     */
    private long callFailed(RuntimeException error, long now, boolean detail) {
        if (error instanceof InvalidRunDetailException) {
            if (lastRun == null && !resumedFromState) {
                throw error; // never seen a real run detail from this endpoint: it is not CodeArts
            }
            reachedService = true;
            return notFoundOrInvalid(error, now);
        }
        if (!Failures.isClientError(error)) {
            throw error;
        }
        if (error instanceof CodeArtsTransportException) {
            unreachableAttempts++;
            if (!reachedService && !resumedFromState
                    && now - followBeganAt >= options.unreachableTimeout().toMillis()) {
                throw new FollowException("CodeArts could not be reached at " + endpointLabel() + ": "
                        + unreachableAttempts + " attempts to read the detail of run " + state.run().runId()
                        + " (showPipelineRunDetail) over " + HumanDuration.format(Duration.ofMillis(now
                                - followBeganAt)) + " all failed; last error: " + Failures.describe(error) + ". The run"
                        + " was never seen, so nothing was stopped. Check the endpoint, region, proxy settings and"
                        + " network (FollowOptions.unreachableTimeout sets how long to keep trying).", error);
            }
            return rideThrough(error, now, null);
        }
        reachedService = true;
        if (isUnauthorized(error) && runKnownToExist()) {
            consecutiveAuthFailures++;
            if (consecutiveAuthFailures > MAX_AUTH_RETRIES) {
                throw error;
            }
            return rideThrough(error, now, "CodeArts answered 401 (" + Failures.describe(error) + "); signing in "
                    + "again and retrying (" + consecutiveAuthFailures + " of " + MAX_AUTH_RETRIES + ")");
        }
        if (detail && Failures.isNotFound(error) && runKnownToExist()) {
            return notFoundOrInvalid(error, now);
        }
        if (Failures.isPermanent(error)) {
            throw error;
        }
        return rideThrough(error, now, null);
    }

    /** The detail of a run known to exist failed with "not found" or a non-detail: transient, for a while. */
    private long notFoundOrInvalid(RuntimeException error, long now) {
        if (detailFailingSince == Long.MIN_VALUE) {
            detailFailingSince = now;
        }
        long failing = now - detailFailingSince;
        if (failing >= options.unreadableLogTimeout().toMillis()) {
            throw error;
        }
        return rideThrough(error, now, "Reading the detail of run " + runLabel() + " failed (" + Failures.describe(
                error) + "); the run exists, so the engine keeps trying for up to "
                + HumanDuration.format(options.unreadableLogTimeout()));
    }

    private static boolean isUnauthorized(RuntimeException error) {
        return error instanceof CodeArtsAuthenticationException
                || error instanceof CodeArtsApiException api && api.httpStatus() == 401;
    }

    private String endpointLabel() {
        String endpoint = api.endpoint();
        return endpoint == null ? "its endpoint" : endpoint;
    }

    /** Warns (at most once per warning interval) and returns the delay before the next try. */
    private long rideThrough(RuntimeException error, long now, String message) {
        Duration serverWait = Failures.retryAfter(error);
        if (serverWait != null) {
            retryAfter = serverWait;
        }
        warn(now, message != null ? message : "Polling CodeArts failed, will keep trying: "
                + Failures.describe(error));
        quietPolls++;
        return pollPolicy.next(state.phase(), quietPolls, retryAfter).toNanos();
    }

    private void warn(long now, String message) {
        if (lastWarningAt == Long.MIN_VALUE || now - lastWarningAt >= options.warningInterval().toMillis()) {
            lastWarningAt = now;
            emit(FollowEvent.ofRun(Type.POLL_WARNING, state.run(), state.runUrl(), null, message));
        }
    }

    private String lastStatus() {
        return lastRun == null ? "UNKNOWN" : lastRun.status();
    }

    private String runLabel() {
        int number = lastRun != null && lastRun.runNumber() > 0 ? lastRun.runNumber() : state.runNumber();
        return number > 0 ? "#" + number : state.run().runId();
    }

    private void emit(FollowEvent event) {
        // A step's start line names the step for the log lines right after it; anything else does not.
        lastOutputStep = event.type() == Type.STEP_STATUS && !Statuses.isNodeTerminal(event.status())
                ? event.stepId() : null;
        listener.onLine(event.message());
        listener.onEvent(event);
    }

    /**
     * Records a change of the persisted state. It is saved at the end of the tick, or at once when the run was just
     * started or the phase changed (so a restart never starts the run again nor misses its end).
     */
    private void updateState(FollowState newState) {
        FollowState before = state;
        if (newState.equals(before)) {
            return;
        }
        state = newState;
        if (newState.phase() != before.phase() || !Objects.equals(newState.run(), before.run())) {
            saveState();
        }
    }

    private void saveState() {
        FollowState current = state;
        if (!current.equals(savedState)) {
            savedState = current;
            listener.onStateChanged(current);
        }
    }
}
