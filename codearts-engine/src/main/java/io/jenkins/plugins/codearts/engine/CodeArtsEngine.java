package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Starts and follows CodeArts pipeline runs and IDE instances. All polling runs as short tasks on the caller's
 * scheduler: no thread is held per followed run, so one engine can follow a thousand runs with a handful of threads.
 * HTTP calls happen inside those tasks; the methods here return at once (except the blocking conveniences
 * {@link RunFollow#await()}, {@link IdeFollow#await()} and {@link #decideReview}).
 */
public final class CodeArtsEngine {

    /** Statuses that mean an instance can be used: RUNNING, or READY for a warm instance. */
    private static final Set<String> READY = Set.of("RUNNING", "READY");

    private final RunApi runApi;
    private final IdeApi ideApi;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final String clientRegion;

    /**
     * @param client the CodeArts client (its retry policy rides through throttling and transient errors)
     * @param scheduler where every poll runs; the caller owns it (and shuts it down). Two to eight threads suit most
     *     uses, whatever the number of runs followed.
     */
    public CodeArtsEngine(CodeArtsClient client, ScheduledExecutorService scheduler) {
        this(new ClientRunApi(Objects.requireNonNull(client, "client")), new ClientIdeApi(client),
                scheduler, System::currentTimeMillis, ClientRunApi.regionOf(client));
    }

    CodeArtsEngine(RunApi runApi, IdeApi ideApi, ScheduledExecutorService scheduler, LongSupplier clock,
            String clientRegion) {
        this.runApi = runApi;
        this.ideApi = ideApi;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = clock;
        this.clientRegion = clientRegion;
    }

    /**
     * Starts a run (runPipeline) and follows it. The first line is the run's page URL, said as soon as the run id is
     * known. If runPipeline reports the concurrency limit, the queued run is followed; if it answers busy, it is sent
     * again (nothing was created); if the pipeline rejects runs over its limit, the follow fails saying no run was
     * created. If runPipeline fails after the request may have reached CodeArts (timeout, reset, 5xx), the pipeline's
     * runs created since the request are checked for the one it started before reporting the failure.
     */
    public RunFollow startRun(StartRunRequest request, FollowOptions options, FollowListener listener) {
        Objects.requireNonNull(request, "request");
        FollowOptions effective = withRegion(options);
        RunFollower follower = new RunFollower(runApi, scheduler, effective, listener,
                FollowState.initial(null, deadline(effective)), request, clock);
        follower.begin();
        return follower;
    }

    /** Follows an existing run: same lines, events and result as {@link #startRun}. */
    public RunFollow followRun(RunRef run, FollowOptions options, FollowListener listener) {
        Objects.requireNonNull(run, "run");
        FollowOptions effective = withRegion(options);
        RunFollower follower = new RunFollower(runApi, scheduler, effective, listener,
                FollowState.initial(run, deadline(effective)), null, clock);
        follower.begin();
        return follower;
    }

    /**
     * Continues a follow from a saved state: log text and transitions already reported are not repeated. The saved
     * overall deadline is kept. A state saved before runPipeline answered cannot be resumed (the run id is unknown).
     */
    public RunFollow resume(FollowState state, FollowOptions options, FollowListener listener) {
        Objects.requireNonNull(state, "state");
        if (state.run() == null) {
            throw new IllegalArgumentException("state has no run id: it was saved before runPipeline answered. Check the"
                    + " pipeline's run history, then follow the run with followRun(RunRef, ...)");
        }
        RunFollower follower = new RunFollower(runApi, scheduler, withRegion(options), listener, state, null, clock);
        follower.begin();
        return follower;
    }

    // ---------------------------------------------------------------- reviews

    /**
     * Passes or refuses a pending manual review of a run, blocking until CodeArts answered. With both ids null, the
     * single pending review is found from the run detail; when several are pending the error lists them.
     */
    public ReviewDecisionResult decideReview(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId) {
        return join(decideReviewAsync(run, decision, jobRunId, stepRunId, Duration.ZERO));
    }

    /** Like {@link #decideReview(RunRef, ReviewDecision, String, String)}, first waiting up to {@code waitForPending}. */
    public ReviewDecisionResult decideReview(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId,
            Duration waitForPending) {
        return join(decideReviewAsync(run, decision, jobRunId, stepRunId, waitForPending));
    }

    /**
     * Non-blocking form: checks on the scheduler every 2 seconds (±10 %) until a review is pending or
     * {@code waitForPending} has passed (zero: check once), then decides it. Cancelling (or otherwise completing) the
     * returned future stops the checks; a decision already sent stays sent.
     */
    public CompletableFuture<ReviewDecisionResult> decideReviewAsync(RunRef run, ReviewDecision decision,
            String jobRunId, String stepRunId, Duration waitForPending) {
        ArgumentChecks.requireNotNegative("waitForPending", waitForPending);
        return decideReviewUntil(run, decision, jobRunId, stepRunId, clock.getAsLong() + waitForPending.toMillis());
    }

    /**
     * Like {@link #decideReviewAsync(RunRef, ReviewDecision, String, String, Duration)}, waiting for a pending review
     * until a fixed instant. Meant for continuing a wait after a restart: pass the deadline computed when the wait
     * first began so a restart does not extend it. The run is checked at least once, even when the deadline has
     * already passed.
     */
    public CompletableFuture<ReviewDecisionResult> decideReviewAsync(RunRef run, ReviewDecision decision,
            String jobRunId, String stepRunId, Instant deadline) {
        Objects.requireNonNull(deadline, "deadline");
        return decideReviewUntil(run, decision, jobRunId, stepRunId, deadline.toEpochMilli());
    }

    private CompletableFuture<ReviewDecisionResult> decideReviewUntil(RunRef run, ReviewDecision decision,
            String jobRunId, String stepRunId, long deadline) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(decision, "decision");
        if (jobRunId == null != (stepRunId == null)) {
            throw new IllegalArgumentException("jobRunId is " + jobRunId + " and stepRunId is " + stepRunId
                    + "; give both (from the review-pending line) or neither to pick the pending review automatically");
        }
        CompletableFuture<ReviewDecisionResult> future = new CompletableFuture<>();
        scheduleReviewAttempt(future, run, decision, jobRunId, stepRunId, deadline, 0);
        return future;
    }

    private void scheduleReviewAttempt(CompletableFuture<ReviewDecisionResult> future, RunRef run,
            ReviewDecision decision, String jobRunId, String stepRunId, long deadline, long delayMillis) {
        if (future.isDone()) {
            return;
        }
        try {
            scheduler.schedule(() -> {
                if (future.isDone()) {
                    return; // cancelled by the caller
                }
                try {
                    ReviewDecisionResult decided = tryDecide(run, decision, jobRunId, stepRunId,
                            clock.getAsLong() >= deadline, future);
                    if (decided != null) {
                        future.complete(decided);
                    } else {
                        long delay = (long) (2000 * (0.9 + 0.2 * ThreadLocalRandom.current().nextDouble()));
                        scheduleReviewAttempt(future, run, decision, jobRunId, stepRunId, deadline,
                                Math.max(0, Math.min(delay, deadline - clock.getAsLong())));
                    }
                } catch (RuntimeException error) {
                    future.completeExceptionally(error);
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new FollowException("The scheduler refused the review task", e));
        }
    }

    /** Returns the decision, or null to try again later; throws when it cannot be done. */
    private ReviewDecisionResult tryDecide(RunRef run, ReviewDecision decision, String jobRunId, String stepRunId,
            boolean lastAttempt, CompletableFuture<ReviewDecisionResult> future) {
        RunView detail;
        try {
            detail = runApi.showRun(run);
        } catch (RuntimeException error) {
            if (lastAttempt || !ClientErrors.isClientError(error) || ClientErrors.isPermanent(error)) {
                throw error;
            }
            return null;
        }
        List<StepSlot> pending = new ArrayList<>();
        StepSlot named = null;
        for (StepSlot slot : PipelineWalker.steps(detail)) {
            if (slot.step().isPendingReview() && slot.job() != null) {
                pending.add(slot);
            }
            if (stepRunId != null && stepRunId.equals(slot.step().id())) {
                named = slot;
            }
        }
        StepSlot chosen;
        if (stepRunId != null) {
            if (named != null && named.step().isPendingReview()) {
                chosen = named;
            } else if (!lastAttempt && !detail.isTerminal()) {
                return null;
            } else {
                throw new FollowException("Step " + stepRunId + " of " + run + " is "
                        + (named == null ? "not in the run" : "not a pending review (status " + named.step().status()
                        + ", task " + named.step().task() + ")") + "; run status " + detail.status());
            }
        } else if (pending.size() == 1) {
            chosen = pending.get(0);
        } else if (pending.isEmpty()) {
            if (!lastAttempt && !detail.isTerminal()) {
                return null;
            }
            throw new FollowException("No manual review is pending in " + run + " (run status " + detail.status()
                    + ")");
        } else {
            StringBuilder list = new StringBuilder();
            for (StepSlot slot : pending) {
                list.append(list.length() == 0 ? "" : "; ").append('"').append(slot.path()).append("\" jobRunId=")
                        .append(slot.job().id()).append(" stepRunId=").append(slot.step().id());
            }
            throw new FollowException(pending.size() + " manual reviews are pending in " + run + ": " + list
                    + ". Give jobRunId and stepRunId to choose one");
        }
        String jobId = jobRunId != null ? jobRunId : chosen.job().id();
        if (future.isDone()) {
            return null; // cancelled while the run was read: decide nothing
        }
        boolean accepted = runApi.decideReview(run, decision, jobId, chosen.step().id());
        String verb = decision == ReviewDecision.PASS ? "Approved" : "Refused";
        String message = (accepted ? verb : verb + " (CodeArts answered success=false)") + " manual review \""
                + chosen.path() + "\" of run " + (detail.runNumber() > 0 ? "#" + detail.runNumber() : run.runId());
        return new ReviewDecisionResult(run, decision, jobId, chosen.step().id(), chosen.stage().name(),
                chosen.step().name(), accepted, message);
    }

    // ---------------------------------------------------------------- IDE instances

    /** Creates an IDE instance and, unless told not to, waits until it is RUNNING (READY for warm instances). */
    public IdeFollow createIdeInstance(IdeInstanceSpec request, IdeWaitOptions wait, IdeListener listener) {
        Objects.requireNonNull(request, "request");
        IdeWaitOptions options = wait == null ? IdeWaitOptions.defaults() : wait;
        return readinessWaiter(options, listener, () -> {
            IdeApi.Created created = ideApi.create(request);
            if (listener != null) {
                listener.onLine("Created IDE instance " + created.instanceId() + " ('" + request.displayName()
                        + "'): " + created.link());
            }
            return new IdeWaiter.Target(created.instanceId(), created.link());
        }).begin();
    }

    /**
     * Waits, without creating or starting anything, for an existing IDE instance to become RUNNING (READY for warm
     * instances): the same polling, status lines and dead ends (DELETING, DELETED, DELETE_FAILED) as
     * {@link #createIdeInstance}. Meant for continuing a wait after a restart: pass the deadline computed when the
     * wait first began so a restart does not extend it. The status is checked at least once, even when the deadline
     * has already passed; then the result fails with {@link IdeTimeoutException} carrying the last known status.
     *
     * @param options poll interval, and the timeout used when {@code deadline} is null; waiting is the point of this
     *     call, so {@code waitForStatus() == false} is treated as waiting too
     * @param deadline when to give up, or null for {@code options.timeout()} from now
     */
    public IdeFollow awaitIdeInstance(String instanceId, IdeWaitOptions options, IdeListener listener,
            Instant deadline) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return readinessWaiter(waiting(options), listener, () -> new IdeWaiter.Target(id, null)).until(deadline)
                .begin();
    }

    /** Starts a stopped instance and optionally waits until it is RUNNING (or READY). */
    public IdeFollow startIdeInstance(String instanceId, IdeWaitOptions wait, IdeListener listener) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return readinessWaiter(wait == null ? IdeWaitOptions.defaults() : wait, listener, () -> {
            ideApi.start(id);
            return new IdeWaiter.Target(id, null);
        }).begin();
    }

    /** After {@code action}, polls until RUNNING or READY; DELETING, DELETED and DELETE_FAILED are dead ends. */
    private IdeWaiter readinessWaiter(IdeWaitOptions options, IdeListener listener,
            Supplier<IdeWaiter.Target> action) {
        return new IdeWaiter(ideApi, scheduler, options, listener, action, "become ready (RUNNING)", READY,
                Set.of("DELETING", "DELETED", "DELETE_FAILED"), false, clock);
    }

    /** Stops a running instance (its disk is kept) and optionally waits until it is STOPPED. */
    public IdeFollow stopIdeInstance(String instanceId, IdeWaitOptions wait, IdeListener listener) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return stopWaiter(wait == null ? IdeWaitOptions.defaults() : wait, listener, () -> {
            ideApi.stop(id);
            return new IdeWaiter.Target(id, null);
        }).begin();
    }

    /** Deletes an instance and its disk, and optionally waits until it is DELETED (or no longer found). */
    public IdeFollow deleteIdeInstance(String instanceId, IdeWaitOptions wait, IdeListener listener) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return deletionWaiter(wait == null ? IdeWaitOptions.defaults() : wait, listener, () -> {
            ideApi.delete(id);
            return new IdeWaiter.Target(id, null);
        }).begin();
    }

    /**
     * Waits, without stopping anything, for an instance to become STOPPED: the wait of {@link #stopIdeInstance},
     * continued after a restart. Deadline and options as in {@link #awaitIdeInstance}.
     */
    public IdeFollow awaitIdeInstanceStopped(String instanceId, IdeWaitOptions options, IdeListener listener,
            Instant deadline) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return stopWaiter(waiting(options), listener, () -> new IdeWaiter.Target(id, null)).until(deadline).begin();
    }

    /**
     * Waits, without deleting anything, for an instance to become DELETED (or no longer found): the wait of
     * {@link #deleteIdeInstance}, continued after a restart. Deadline and options as in {@link #awaitIdeInstance}.
     */
    public IdeFollow awaitIdeInstanceDeleted(String instanceId, IdeWaitOptions options, IdeListener listener,
            Instant deadline) {
        String id = ArgumentChecks.requireText("instanceId", instanceId, "the IDE instance id");
        return deletionWaiter(waiting(options), listener, () -> new IdeWaiter.Target(id, null)).until(deadline)
                .begin();
    }

    private IdeWaiter stopWaiter(IdeWaitOptions options, IdeListener listener, Supplier<IdeWaiter.Target> action) {
        return new IdeWaiter(ideApi, scheduler, options, listener, action, "stop", Set.of("STOPPED"),
                Set.of("DELETED", "DELETE_FAILED"), false, clock);
    }

    private IdeWaiter deletionWaiter(IdeWaitOptions options, IdeListener listener,
            Supplier<IdeWaiter.Target> action) {
        return new IdeWaiter(ideApi, scheduler, options, listener, action, "be deleted", Set.of("DELETED"),
                Set.of("DELETE_FAILED"), true, clock);
    }

    /** Waiting is the point of the await calls, so {@code waitForStatus() == false} is treated as waiting too. */
    private static IdeWaitOptions waiting(IdeWaitOptions options) {
        IdeWaitOptions given = options == null ? IdeWaitOptions.defaults() : options;
        return new IdeWaitOptions(true, given.timeout(), given.pollInterval());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The run page when the API gives no {@code detail_url}: the CodeArts console's run-detail route,
     * {@code https://devcloud.<region>.huaweicloud.com/cicd/project/<projectId>/pipeline/detail/<pipelineId>/<runId>?v=1}.
     * Null without a region.
     */
    public static String fallbackRunUrl(String region, RunRef run) {
        if (region == null || region.isBlank() || run == null) {
            return null;
        }
        return "https://devcloud." + region.trim() + ".huaweicloud.com/cicd/project/" + run.projectId()
                + "/pipeline/detail/" + run.pipelineId() + "/" + run.runId() + "?v=1";
    }

    private FollowOptions withRegion(FollowOptions options) {
        FollowOptions effective = options == null ? FollowOptions.defaults() : options;
        if (effective.region() == null && clientRegion != null) {
            effective = effective.toBuilder().region(clientRegion).build();
        }
        return effective;
    }

    private long deadline(FollowOptions options) {
        return options.timeout() == null ? 0 : clock.getAsLong() + options.timeout().toMillis();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new FollowException("Interrupted while waiting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ce && ce.getCause() != null ? ce.getCause()
                    : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new FollowException(String.valueOf(cause),
                    cause);
        }
    }
}
