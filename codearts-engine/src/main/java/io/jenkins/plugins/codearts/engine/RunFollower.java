package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import io.jenkins.plugins.codearts.engine.FollowState.StepCursor;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** Failed reads of a finished step's log before the engine gives up on it (with a line saying so). */
    private static final int FINAL_READ_ATTEMPTS = 5;
    /** How far back (server time) a run may have started to count as "started by this request". */
    private static final long START_MATCH_WINDOW_MILLIS = TimeUnit.MINUTES.toMillis(2);

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
    private final Map<String, Integer> unreadableLogs = new LinkedHashMap<>();
    private int pageLimit;
    private int pageLimitCeiling;
    private final List<FollowEvent> heldEvents = new ArrayList<>();
    private final Map<String, String> heldReported = new LinkedHashMap<>();
    private boolean resumed;

    RunFollower(RunApi api, ScheduledExecutorService scheduler, FollowOptions options, FollowListener listener,
            FollowState initialState, StartRunRequest startRequest, LongSupplier clock) {
        this.api = api;
        this.scheduler = scheduler;
        this.options = options;
        this.listener = listener == null ? FollowListener.none() : listener;
        this.state = initialState;
        this.startRequest = startRequest;
        this.pollPolicy = new PollPolicy(options, () -> ThreadLocalRandom.current().nextDouble());
        this.assembler = new LogLineAssembler(options.maxLineChars());
        this.clock = clock;
        this.resumed = initialState.reported().containsKey("url");
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
            throw new FollowException("No result for " + describeRun() + " within " + HumanDuration.format(maxWait)
                    + "; the follow goes on", e);
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
            start();
            return 0;
        }
        long now = clock.getAsLong();
        retryAfter = null;
        if (stoppingOutcome != null && now >= stopDeadline) {
            finish(stoppingOutcome, stoppingMessage + "; run " + runLabel() + " did not reach CANCELED within "
                    + HumanDuration.format(options.stopWait()) + "; last status " + lastStatus());
            return 0;
        }
        if (stoppingOutcome == null && (lastRun == null || !lastRun.isTerminal())) {
            if (cancelReason != null && lastRun != null) {
                beginStop(Outcome.ABORTED, "Cancelled: " + cancelReason, options.stopOnCancel(), Type.CANCELING);
            } else if (state.deadlineEpochMillis() > 0 && now >= state.deadlineEpochMillis()) {
                beginStop(Outcome.TIMEOUT, "Timeout of " + HumanDuration.format(options.timeout()) + " reached", options.stopOnTimeout(),
                        Type.TIMEOUT);
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
                return pollFailed(error, now);
            }
            lastRun = run;
            lastDetailAt = now;
            onDetail(run);
        }
        if (cancelReason != null && stoppingOutcome == null && !lastRun.isTerminal()) {
            flushHeldEvents();
            return 0; // handle the cancel in a tick of its own, with the fresh detail
        }

        boolean textArrived = readLogs(now);
        if (result.isDone()) {
            return 0;
        }
        flushHeldEvents();
        if (lastRun.isTerminal() && allLogsComplete()) {
            finish(stoppingOutcome != null ? stoppingOutcome : Outcome.ofRunStatus(lastRun.status()), null);
            return 0;
        }
        quietPolls = textArrived ? 0 : quietPolls + 1;
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

    // ---------------------------------------------------------------- start

    private void start() {
        long sentAt = clock.getAsLong();
        RunApi.Started started;
        try {
            started = api.runPipeline(startRequest);
        } catch (CodeArtsApiException error) {
            // A run queued by the concurrency limit is not an error here: the client's runPipeline returns it.
            if (error.httpStatus() >= 500 && !(error instanceof CodeArtsThrottledException)) {
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
            started = recoverStart(error, sentAt); // CodeArts answered, so it probably started the run
        }
        RunRef ref = new RunRef(startRequest.projectId(), startRequest.pipelineId(), started.runId());
        updateState(state.withRun(ref).withPhase(Phase.QUEUED));
        if (started.queued()) {
            // Said right after the URL line, which the first run detail prints.
            queuedNote = "Run " + started.runId() + " is queued: the pipeline's concurrency limit is reached"
                    + (started.note() == null ? "" : " (" + started.note() + ")");
        }
    }

    /**
     * runPipeline failed after the request may have reached CodeArts: look for a run it started before reporting
     * anything, so a retry by the user does not start a second run unknowingly.
     */
    private RunApi.Started recoverStart(CodeArtsException error, long sentAtMillis) {
        List<RunApi.RunSummary> candidates = new ArrayList<>();
        try {
            for (RunApi.RunSummary run : api.recentRuns(startRequest.projectId(), startRequest.pipelineId(), 10)) {
                if (run.startTime() == 0 || run.startTime() >= sentAtMillis - START_MATCH_WINDOW_MILLIS) {
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
                    + " (" + found.runId() + ") started at that moment: following it";
            return new RunApi.Started(found.runId(), false, null);
        }
        throw new FollowException("runPipeline failed (" + Failures.describe(error) + ") after the request may have "
                + "reached CodeArts; " + (candidates.isEmpty() ? "no run started in the last "
                + START_MATCH_WINDOW_MILLIS / 60000 + " minutes was found"
                : candidates.size() + " runs started at that moment could be it ("
                + candidates.stream().map(RunApi.RunSummary::runId).toList() + ")")
                + ". Check the pipeline's run history before starting it again.", error);
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
            if (recoveryNote != null) {
                events.add(FollowEvent.ofRun(Type.POLL_WARNING, current.run(), url, run.status(), recoveryNote));
            }
            if (queuedNote != null) {
                events.add(FollowEvent.ofRun(Type.RUN_QUEUED, current.run(), url, "QUEUED", queuedNote));
                queuedNote = null;
            }
        }
        TransitionDetector.Changes changes = TransitionDetector.detect(current.run(), url, run,
                current.reported(), options.reviewHint());
        for (FollowEvent event : changes.events()) {
            String key = reportedKey(event);
            if (isEnding(event)) {
                // Said after this tick's log reads, so a step's "COMPLETED" follows its last log line.
                heldEvents.add(event);
                heldReported.put(key, changes.reported().get(key));
            } else {
                events.add(event);
                if (key != null) {
                    reportedNow.put(key, changes.reported().get(key));
                }
            }
        }
        current = current.withReported(reportedNow).withPhase(phaseOf(run));
        for (FollowEvent event : events) {
            emit(event);
        }
        updateState(current);
        listener.onRunDetail(RunDetail.of(run, url, api::jobIdForStageStep));
    }

    private static boolean isEnding(FollowEvent event) {
        return switch (event.type()) {
            case RUN_STATUS -> Statuses.isRunTerminal(event.status());
            case STAGE_STATUS, JOB_STATUS, STEP_STATUS -> Statuses.isNodeTerminal(event.status());
            default -> false;
        };
    }

    /** The {@link FollowState#reported()} key an event accounts for (as {@link TransitionDetector} writes them). */
    private static String reportedKey(FollowEvent event) {
        return switch (event.type()) {
            case RUN_STATUS -> TransitionDetector.RUN_KEY;
            case STAGE_STATUS -> "stage:" + event.stageId();
            case JOB_STATUS -> "job:" + event.jobId();
            case STEP_STATUS -> "step:" + event.stepId();
            case REVIEW_PENDING -> "review:" + event.stepId();
            default -> null;
        };
    }

    /** Sends the held end-of-node lines and records them as reported. */
    private void flushHeldEvents() {
        if (heldEvents.isEmpty()) {
            return;
        }
        List<FollowEvent> events = new ArrayList<>(heldEvents);
        // Endings read best from the inside out: steps, then their jobs, stages, and the run last.
        events.sort(Comparator.comparingInt(event -> switch (event.type()) {
            case STEP_STATUS -> 0;
            case JOB_STATUS -> 1;
            case STAGE_STATUS -> 2;
            default -> 3;
        }));
        Map<String, String> reported = new LinkedHashMap<>(heldReported);
        heldEvents.clear();
        heldReported.clear();
        for (FollowEvent event : events) {
            emit(event);
        }
        updateState(state.withReported(reported));
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

    // ---------------------------------------------------------------- logs

    /** Reads new log text of started steps in pipeline order; returns whether any text arrived. */
    private boolean readLogs(long now) {
        backlog = false;
        if (!options.streamLogs() || state.logTruncated()) {
            return false;
        }
        boolean runOver = lastRun.isTerminal();
        boolean textArrived = false;
        long pagingStarted = System.nanoTime();
        for (StepSlot slot : PipelineWalker.steps(lastRun)) {
            StepView step = slot.step();
            StepCursor cursor = state.cursor(step.id());
            if (cursor.complete() || !step.hasStarted() || step.isPendingReview() && !runOver) {
                continue;
            }
            // The detail was read before this log read: a step it shows as finished has its whole log available.
            boolean stepOver = step.isTerminal() || runOver;
            String jobId = slot.job() != null ? slot.job().id() : api.jobIdForStageStep(slot.stage());
            String prefix = options.prefixLines() ? slot.prefix() : "";
            int pages = 0;
            while (true) {
                RunApi.LogPage page;
                try {
                    page = api.showStepLogs(state.run(), jobId, step.id(), cursor.offset(), pageLimit);
                    unreadableLogs.remove(step.id());
                } catch (RuntimeException error) {
                    if (pageLimit > options.logPageLines() && isRejectedRequest(error)) {
                        // The service does not take larger pages: stay at the configured size from now on.
                        pageLimit = options.logPageLines();
                        pageLimitCeiling = options.logPageLines();
                        backlog = true;
                        break;
                    }
                    if (!giveUpOnLog(slot, cursor, prefix, error, runOver)) {
                        pollFailed(error, now);
                        return textArrived;
                    }
                    break;
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
                textArrived |= !text.isEmpty();
                if (!emitLogLines(slot, prefix, lines, next)) {
                    return textArrived; // byte cap reached
                }
                cursor = next;
                // Catch up on a backlog with larger pages; back to the configured size once caught up.
                pageLimit = more ? Math.min(pageLimitCeiling, pageLimit * 4) : options.logPageLines();
                if (!more) {
                    break;
                }
                if (pages >= MAX_PAGES_PER_STEP_TICK || System.nanoTime() - pagingStarted > MAX_PAGING_NANOS) {
                    backlog = true;
                    break;
                }
            }
        }
        return textArrived;
    }

    /**
     * Whether to stop trying to read one step's log: at once when CodeArts says it does not exist or rejects the
     * request (a missing log must not end the follow), or after {@link #FINAL_READ_ATTEMPTS} failed reads once the run
     * is over (so an unreadable log cannot keep a finished run open forever). Authentication errors are never given up
     * on here: they end the follow. When giving up, the partial line is printed and one line says what happened.
     */
    private boolean giveUpOnLog(StepSlot slot, StepCursor cursor, String prefix, RuntimeException error,
            boolean runOver) {
        if (!Failures.isClientError(error) || Failures.isAuthentication(error)) {
            return false;
        }
        int failures = unreadableLogs.merge(slot.step().id(), 1, Integer::sum);
        if (!Failures.isPermanent(error) && !(runOver && failures >= FINAL_READ_ATTEMPTS)) {
            return false;
        }
        unreadableLogs.remove(slot.step().id());
        List<String> lines = new ArrayList<>(assembler.flush(cursor.pending()));
        String url = state.runUrl();
        lines.add("[log of step \"" + slot.path() + "\" could not be read: " + Failures.describe(error)
                + "; full log: " + (url == null ? "the run's page in CodeArts" : url) + "]");
        emitLogLines(slot, prefix, lines, new StepCursor(null, "", true));
        return true;
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
    private boolean emitLogLines(StepSlot slot, String prefix, List<String> lines, StepCursor next) {
        String stepId = slot.step().id();
        LogSource source = LogSource.of(slot);
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
        flushHeldEvents();
        RunView run = lastRun != null ? lastRun : new RunView(state.run().runId(), state.run().pipelineId(),
                state.runNumber(), "", 0, 0, state.runUrl(), null, List.of(), List.of());
        String url = state.runUrl();
        String message;
        if (extraMessage != null) {
            message = extraMessage;
        } else if (stoppingOutcome != null) {
            message = stoppingMessage + "; run " + runLabel() + " stopped: " + run.status();
        } else {
            message = "Run " + runLabel() + " finished: " + run.status();
        }
        List<StageResult> stages = new ArrayList<>();
        for (StageView stage : PipelineWalker.stages(run)) {
            stages.add(new StageResult(stage.id(), stage.name(), stage.sequence(), stage.status(), stage.startTime(),
                    stage.endTime()));
        }
        RunResult runResult = new RunResult(state.run(), state.run().runId(), run.runNumber(), run.status(), url,
                run.startTime(), run.endTime(), stages, run.artifacts(), outcome, message);
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
            listener.onLine("Following " + describeRun() + " stopped: " + Failures.describe(error));
        } catch (RuntimeException ignored) {
            // the listener is what failed; the result still has to complete
        }
        result.completeExceptionally(error);
    }

    /**
     * A poll failed after the client's retries. Permanent errors end the follow; anything else is ridden through with a
     * warning line at most once per warning interval. Returns the delay before the next try.
     */
    private long pollFailed(RuntimeException error, long now) {
        if (!Failures.isClientError(error) || Failures.isPermanent(error)) {
            throw error;
        }
        Duration serverWait = Failures.retryAfter(error);
        if (serverWait != null) {
            retryAfter = serverWait;
        }
        if (lastWarningAt == Long.MIN_VALUE || now - lastWarningAt >= options.warningInterval().toMillis()) {
            lastWarningAt = now;
            emit(FollowEvent.ofRun(Type.POLL_WARNING, state.run(), state.runUrl(), null,
                    "Polling CodeArts failed, will keep trying: " + Failures.describe(error)));
        }
        quietPolls++;
        return pollPolicy.next(state.phase(), quietPolls, retryAfter).toNanos();
    }

    private String lastStatus() {
        return lastRun == null ? "UNKNOWN" : lastRun.status();
    }

    private String runLabel() {
        int number = lastRun != null && lastRun.runNumber() > 0 ? lastRun.runNumber() : state.runNumber();
        return number > 0 ? "#" + number : state.run().runId();
    }

    private void emit(FollowEvent event) {
        listener.onLine(event.message());
        listener.onEvent(event);
    }

    private void updateState(FollowState newState) {
        if (newState.equals(state)) {
            return;
        }
        state = newState;
        listener.onStateChanged(newState);
    }
}
