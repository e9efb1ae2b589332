package io.jenkins.plugins.codearts.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Follows one run as a chain of short tasks on the caller's scheduler: each task runs one {@link FollowTick}, saves
 * the state it changed, and schedules the next. Ticks of one follow never overlap, so the parts of a tick are only
 * touched by one thread at a time (the scheduler hands them over with a happens-before edge); {@link #cancel(String)}
 * and {@link #state()} use the lock and volatile fields.
 */
final class RunFollower implements RunFollow {

    private final ScheduledExecutorService scheduler;
    private final FollowReporter reporter;
    private final FollowTick tick;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final Object lock = new Object();

    private volatile String cancelReason;

    // Guarded by lock: the scheduling handshake.
    private ScheduledFuture<?> nextTick;
    private boolean ticking;
    private boolean wakeRequested;

    RunFollower(RunApi api, ScheduledExecutorService scheduler, FollowOptions options, FollowListener listener,
            FollowState initialState, StartRunRequest startRequest, LongSupplier clock) {
        this.scheduler = scheduler;
        this.reporter = new FollowReporter(listener, options, initialState);
        this.tick = new FollowTick(api, options, clock, reporter, startRequest, result, () -> cancelReason);
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
        return reporter.state();
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
        return cause instanceof RuntimeException runtime ? runtime : new FollowException(ClientErrors.describe(cause), cause);
    }

    private String describeRun() {
        RunRef run = reporter.state().run();
        return run == null ? "the run being started" : run.toString();
    }

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
                nextTick = scheduler.schedule(this::runTick, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
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

    private void runTick() {
        synchronized (lock) {
            if (result.isDone()) {
                return;
            }
            ticking = true;
            wakeRequested = false;
        }
        long delay;
        try {
            delay = tick.run();
            reporter.save(); // once per tick, with everything the tick sent
        } catch (Throwable error) {
            fail(error);
            delay = 0;
        }
        schedule(delay);
    }

    private void fail(Throwable error) {
        if (result.isDone()) {
            return;
        }
        try {
            reporter.save();
        } catch (RuntimeException ignored) {
            // the listener failed to save; the result still has to complete
        }
        try {
            reporter.followFailed("Following " + describeRun() + " stopped: " + ClientErrors.describe(error));
        } catch (RuntimeException ignored) {
            // the listener is what failed; the result still has to complete
        }
        result.completeExceptionally(error);
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
}
