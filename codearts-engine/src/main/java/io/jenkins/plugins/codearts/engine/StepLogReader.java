package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.StepCursor;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Reads a step's new log text page after page within one tick's budget, growing the page size to catch up on a
 * backlog, and retries failed reads per step with a growing pause until it gives up on a finished step's log.
 */
final class StepLogReader {

    /** Upper bound for pages read from one step in one tick, so a huge backlog does not starve other follows. */
    private static final int MAX_PAGES_PER_STEP_TICK = 64;
    /** Upper bound of time spent paging in one tick; the next tick follows immediately when a backlog remains. */
    private static final long MAX_PAGING_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** Failed reads of a finished step's log, at the least, before the engine gives up on it (saying so). */
    private static final int FINAL_READ_ATTEMPTS = 5;

    private final RunApi api;
    private final FollowOptions options;
    private final FollowReporter reporter;
    private final FailedCallPolicy failures;
    private final LogLineAssembler assembler;
    private int pageLimit;
    private int pageLimitCeiling;
    private boolean backlog;
    /** Steps whose last log read failed: when to try again. */
    private final Map<String, LogRetry> logRetries = new HashMap<>();

    private record LogRetry(int failures, long firstFailureAt, long nextAttemptAt) {
    }

    /** One tick's log reading: its time, its paging budget, and what it found. */
    static final class Pass {
        final long now;
        final boolean runOver;
        final long pagingStarted = System.nanoTime();
        boolean textArrived;
        /** A call failed for reasons of the service, not of one step: no more log reads in this tick. */
        boolean logsHalted;

        Pass(long now, boolean runOver) {
            this.now = now;
            this.runOver = runOver;
        }
    }

    StepLogReader(RunApi api, FollowOptions options, FollowReporter reporter, FailedCallPolicy failures) {
        this.api = api;
        this.options = options;
        this.reporter = reporter;
        this.failures = failures;
        this.assembler = new LogLineAssembler(options.maxLineChars());
        this.pageLimit = options.logPageLines();
        this.pageLimitCeiling = Math.max(options.logPageLines(), options.maxLogPageLines());
    }

    /** Called before each walk over the run. */
    void beginPass() {
        backlog = false;
    }

    /** Some log still has text this tick left unread: the next tick should follow at once. */
    boolean backlog() {
        return backlog;
    }

    /** Reads a step's new log text, page after page while the service has more (within this tick's budget). */
    void read(StepSlot slot, Pass pass) {
        StepView step = slot.step();
        FollowState state = reporter.state();
        if (!options.streamLogs() || state.logTruncated() || pass.logsHalted || !step.hasStarted()
                || step.isPendingReview() && !pass.runOver) {
            return;
        }
        StepCursor cursor = state.cursor(step.id());
        if (cursor.complete()) {
            return;
        }
        LogRetry retry = logRetries.get(step.id());
        if (retry != null && pass.now < retry.nextAttemptAt) {
            return;
        }
        // The detail was read before this log read: a step it shows as finished has its whole log available.
        boolean stepOver = step.isTerminal() || pass.runOver;
        String jobId = slot.job() != null ? slot.job().id() : api.jobIdForStageStep(slot.stage());
        LogSource source = null; // built once there is a line to send (most polls of a quiet step bring none)
        String prefix = "";
        int pages = 0;
        while (true) {
            RunApi.LogPage page;
            try {
                page = api.showStepLogs(reporter.state().run(), jobId, step.id(), cursor.offset(), pageLimit);
                failures.answered();
                logRetries.remove(step.id());
            } catch (RuntimeException error) {
                if (pageLimit > options.logPageLines() && isRejectedRequest(error)) {
                    // The service does not take larger pages: stay at the configured size from now on.
                    pageLimit = options.logPageLines();
                    pageLimitCeiling = options.logPageLines();
                    backlog = true;
                    return;
                }
                readFailed(slot, cursor, error, stepOver, pass);
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
            pass.textArrived |= !text.isEmpty();
            if (source == null && !lines.isEmpty()) {
                source = LogSource.of(slot);
                prefix = options.prefixLines() ? slot.prefix() : "";
            }
            if (!reporter.logLines(step.id(), source, prefix, lines, next)) {
                return; // byte cap reached
            }
            cursor = next;
            // Catch up on a backlog with larger pages; back to the configured size once caught up.
            pageLimit = more ? Math.min(pageLimitCeiling, pageLimit * 4) : options.logPageLines();
            if (!more) {
                return;
            }
            if (pages >= MAX_PAGES_PER_STEP_TICK || System.nanoTime() - pass.pagingStarted > MAX_PAGING_NANOS) {
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
    private void readFailed(StepSlot slot, StepCursor cursor, RuntimeException error, boolean stepOver, Pass pass) {
        if (!ClientErrors.isClientError(error)) {
            throw error;
        }
        String stepId = slot.step().id();
        LogRetry previous = logRetries.get(stepId);
        int failed = previous == null ? 1 : previous.failures + 1;
        long firstFailureAt = previous == null ? pass.now : previous.firstFailureAt;
        if (stepOver && failed >= FINAL_READ_ATTEMPTS
                && pass.now - firstFailureAt >= options.unreadableLogTimeout().toMillis()) {
            logRetries.remove(stepId);
            giveUp(slot, cursor, error, failed, pass.now - firstFailureAt);
            return;
        }
        long pause = Math.min(options.fastPoll().toNanos() << Math.min(failed - 1, 20),
                options.reviewPoll().toNanos());
        logRetries.put(stepId, new LogRetry(failed, firstFailureAt,
                pass.now + TimeUnit.NANOSECONDS.toMillis(pause)));
        if (ClientErrors.isAuthentication(error) || !stepLevel(error)) {
            pass.logsHalted = true;
            failures.callFailed(error, pass.now, false);
        } else {
            failures.warn(pass.now, "Reading the log of step \"" + slot.path() + "\" failed ("
                    + ClientErrors.describe(error) + "); the step is in the run detail, so the engine tries again "
                    + "(attempt " + failed + ")");
        }
    }

    /** Errors about one step's log (not found, rejected), as opposed to the service failing. */
    private static boolean stepLevel(RuntimeException error) {
        return error instanceof CodeArtsApiException api && api.httpStatus() < 500 && api.httpStatus() != 429
                && !(error instanceof CodeArtsThrottledException);
    }

    private static boolean isRejectedRequest(RuntimeException error) {
        return error instanceof CodeArtsApiException api && api.httpStatus() == 400;
    }

    /** Gives up on the rest of one step's log: its partial line is printed, and one line says what is missing. */
    private void giveUp(StepSlot slot, StepCursor cursor, RuntimeException error, int attempts, long failingMillis) {
        String stepId = slot.step().id();
        LogSource source = LogSource.of(slot);
        reporter.logLines(stepId, source, options.prefixLines() ? slot.prefix() : "",
                assembler.flush(cursor.pending()), new StepCursor(null, "", true));
        FollowState state = reporter.state();
        String url = state.runUrl();
        reporter.emit(new FollowEvent(Type.LOG_INCOMPLETE, state.run(), url, slot.stage().id(), slot.stage().name(),
                slot.job() == null ? null : slot.job().id(), slot.job() == null ? null : slot.job().name(), stepId,
                slot.step().name(), slot.step().status(), "[log of step \"" + slot.path() + "\" could not be read "
                        + "after " + attempts + " attempts over " + HumanDuration.format(Duration.ofMillis(
                                failingMillis)) + ": " + ClientErrors.describe(error) + "; the rest of it is missing here"
                        + "; full log: " + (url == null ? "the run's page in CodeArts" : url) + "]"));
        reporter.update(reporter.state().withIncompleteLog(stepId, slot.path()));
    }
}
