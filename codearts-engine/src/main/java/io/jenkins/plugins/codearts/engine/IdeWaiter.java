package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs one IDE instance action (create, start, stop, delete) in a scheduler task, then polls the instance's status on
 * the scheduler until it reaches one of the wanted statuses, fails, or the timeout passes. Transient errors are ridden
 * through with at most one warning line a minute.
 */
final class IdeWaiter implements IdeFollow {

    /** The action's answer: which instance, and its link when known. */
    record Target(String instanceId, String link) {
    }

    private final IdeApi api;
    private final ScheduledExecutorService scheduler;
    private final IdeWaitOptions options;
    private final IdeListener listener;
    private final Supplier<Target> action;
    private final String purpose;
    private final Set<String> wanted;
    private final Set<String> failing;
    private final boolean goneMeansDone;
    private final LongSupplier clock;
    private final CompletableFuture<IdeInstanceResult> result = new CompletableFuture<>();

    private volatile boolean cancelled;
    private Target target;
    /** Set before {@link #begin()} to keep a deadline fixed earlier (e.g. before a controller restart). */
    private Instant fixedDeadline;
    private long deadline;
    private String lastStatus;
    private long lastWarningAt = Long.MIN_VALUE;

    IdeWaiter(IdeApi api, ScheduledExecutorService scheduler, IdeWaitOptions options, IdeListener listener,
            Supplier<Target> action, String purpose, Set<String> wanted, Set<String> failing, boolean goneMeansDone,
            LongSupplier clock) {
        this.api = api;
        this.scheduler = scheduler;
        this.options = options;
        this.listener = listener == null ? IdeListener.none() : listener;
        this.action = action;
        this.purpose = purpose;
        this.wanted = wanted;
        this.failing = failing;
        this.goneMeansDone = goneMeansDone;
        this.clock = clock;
    }

    /** Waits until this instant instead of {@code options.timeout()} from the first poll; call before begin(). */
    IdeWaiter until(Instant deadline) {
        this.fixedDeadline = deadline;
        return this;
    }

    IdeWaiter begin() {
        schedule(this::act, 0);
        return this;
    }

    @Override
    public CompletableFuture<IdeInstanceResult> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        result.completeExceptionally(new FollowException("Stopped waiting for the IDE instance to " + purpose));
    }

    private void act() {
        if (cancelled || result.isDone()) {
            return; // cancelled before the action was sent: send nothing
        }
        try {
            target = action.get();
        } catch (RuntimeException error) {
            result.completeExceptionally(error);
            return;
        }
        if (!options.waitForStatus()) {
            result.complete(new IdeInstanceResult(target.instanceId(), link(), null, null, false));
            return;
        }
        deadline = fixedDeadline != null ? fixedDeadline.toEpochMilli()
                : clock.getAsLong() + options.timeout().toMillis();
        String span = fixedDeadline != null ? "until " + readable(fixedDeadline) : "up to " + HumanDuration.format(options.timeout());
        listener.onLine("Waiting " + span + " for IDE instance " + target.instanceId() + " to " + purpose
                + (target.link() == null ? "" : " (" + target.link() + ")"));
        schedule(this::poll, 0);
    }

    private void poll() {
        if (cancelled || result.isDone()) {
            return;
        }
        long now = clock.getAsLong();
        IdeApi.Status status;
        try {
            status = api.status(target.instanceId());
        } catch (CodeArtsNotFoundException gone) {
            if (goneMeansDone) {
                report("DELETED");
                result.complete(new IdeInstanceResult(target.instanceId(), target.link(), "DELETED", null, true));
            } else {
                result.completeExceptionally(gone);
            }
            return;
        } catch (RuntimeException error) {
            if (!ClientErrors.isClientError(error) || ClientErrors.isPermanent(error)) {
                result.completeExceptionally(error);
                return;
            }
            if (lastWarningAt == Long.MIN_VALUE || now - lastWarningAt >= 60_000) {
                lastWarningAt = now;
                listener.onLine("Checking IDE instance " + target.instanceId() + " failed, will keep trying: "
                        + ClientErrors.describe(error));
            }
            rescheduleOrTimeOut(now, ClientErrors.retryAfter(error) == null ? 0
                    : ClientErrors.retryAfter(error).toMillis());
            return;
        }
        String current = PipelineStatuses.normalize(status.status());
        report(current);
        if (wanted.contains(current)) {
            String link = link();
            listener.onLine("IDE instance " + target.instanceId() + " is " + current
                    + (link == null ? "" : ": " + link));
            result.complete(new IdeInstanceResult(target.instanceId(), link, current, status.serverUrl(), true));
            return;
        }
        if (failing.contains(current)) {
            result.completeExceptionally(new FollowException("IDE instance " + target.instanceId() + " is " + current
                    + " and will not " + purpose));
            return;
        }
        rescheduleOrTimeOut(now, 0);
    }

    /**
     * The link the action answered with; start, stop and a resumed wait answer none, so it is looked up once at the
     * end (not for a deletion: the instance is gone). A failed lookup only leaves the link out.
     */
    private String link() {
        if (target.link() != null || goneMeansDone) {
            return target.link();
        }
        try {
            return api.link(target.instanceId());
        } catch (RuntimeException error) {
            return null;
        }
    }

    private void rescheduleOrTimeOut(long now, long atLeastMillis) {
        if (now >= deadline) {
            String message = "IDE instance " + target.instanceId() + " did not " + purpose + " " + waitLimit()
                    + "; last status " + (lastStatus == null ? "unknown" : lastStatus);
            listener.onLine(message);
            result.completeExceptionally(new IdeTimeoutException(message,
                    new IdeInstanceResult(target.instanceId(), target.link(), lastStatus, null, false)));
            return;
        }
        double spread = 0.1 * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        long delay = Math.max(atLeastMillis, (long) (options.pollInterval().toMillis() * (1 + spread)));
        schedule(this::poll, Math.min(delay, Math.max(0, deadline - now)));
    }

    /** "within 10 min", or "by 2026-11-22 19:00:00 UTC" when the deadline was given. */
    private String waitLimit() {
        return fixedDeadline != null ? "by " + readable(fixedDeadline) : "within " + HumanDuration.format(options.timeout());
    }

    private void report(String status) {
        if (!status.equals(lastStatus)) {
            lastStatus = status;
            listener.onStatus(target.instanceId(), status);
            listener.onLine("IDE instance " + target.instanceId() + ": " + status);
        }
    }

    private void schedule(Runnable task, long delayMillis) {
        if (cancelled || result.isDone()) {
            return;
        }
        try {
            scheduler.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException error) {
                    result.completeExceptionally(error);
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new FollowException("The scheduler refused the IDE status poll", e));
        }
    }

    /** "2026-12-07 14:05:00 UTC": a deadline as people read it in a console, not ISO-8601. */
    private static String readable(Instant deadline) {
        return READABLE_TIME.format(deadline.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static final java.time.format.DateTimeFormatter READABLE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);
}
