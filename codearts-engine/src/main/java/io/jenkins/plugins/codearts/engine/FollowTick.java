package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.FollowState.Phase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One round of a follow: starts the run if it has none yet; otherwise handles a cancel or the deadline, reads the
 * run detail when due, walks the run for status lines and new log text, finishes a run that ended, and says how long
 * until the next round.
 */
final class FollowTick {

    private final RunApi api;
    private final FollowOptions options;
    private final LongSupplier clock;
    private final FollowReporter reporter;
    private final FollowedRun run;
    private final PollPacer pacer;
    private final FailedCallPolicy failures;
    private final RunStarter starter;
    private final RunAnnouncer announcer;
    private final CausalOrderWalker walker;
    private final StepLogReader logs;
    private final FollowFinisher finisher;
    private final CompletableFuture<RunResult> result;
    private final Supplier<String> cancelReason;
    private long lastDetailAt = Long.MIN_VALUE;

    FollowTick(RunApi api, FollowOptions options, LongSupplier clock, FollowReporter reporter,
            StartRunRequest startRequest, CompletableFuture<RunResult> result, Supplier<String> cancelReason) {
        this.api = api;
        this.options = options;
        this.clock = clock;
        this.reporter = reporter;
        this.result = result;
        this.cancelReason = cancelReason;
        this.run = new FollowedRun(reporter, startRequest != null, reporter.state().reported().containsKey("url"));
        this.pacer = new PollPacer(options);
        this.failures = new FailedCallPolicy(api, options, reporter, run, pacer, clock);
        this.starter = new RunStarter(api, options, reporter, failures, startRequest, clock);
        this.finisher = new FollowFinisher(api, options, reporter, run, clock, result);
        this.announcer = new RunAnnouncer(options, reporter, run, starter, finisher);
        this.logs = new StepLogReader(api, options, reporter, failures);
        this.walker = new CausalOrderWalker(options, reporter, logs, result);
    }

    /** Does one round of work and returns the delay before the next, in nanoseconds. */
    long run() {
        if (reporter.state().run() == null) {
            if (cancelReason.get() != null) { // between busy answers: nothing was created, so nothing to stop
                throw new FollowException("Cancelled (" + cancelReason.get() + ") before runPipeline created a run; "
                        + "nothing was started");
            }
            return starter.start();
        }
        long now = clock.getAsLong();
        pacer.beginTick();
        if (finisher.stopWaitOver(now)) {
            return 0;
        }
        if (!finisher.stopping() && (run.last() == null || !run.last().isTerminal())) {
            if (cancelReason.get() != null && run.last() == null && !run.knownToExist()) {
                finisher.finish(Outcome.ABORTED, "Cancelled: " + cancelReason.get() + "; run "
                        + reporter.state().run().runId() + " was never seen, so nothing was stopped");
                return 0;
            }
            FollowState state = reporter.state();
            if (cancelReason.get() != null) {
                finisher.beginStop(Outcome.ABORTED, "Cancelled: " + cancelReason.get(), options.stopOnCancel(),
                        Type.CANCELING);
            } else if (state.deadlineEpochMillis() > 0 && now >= state.deadlineEpochMillis()) {
                finisher.beginStop(Outcome.TIMEOUT, "Timeout of " + HumanDuration.format(options.timeout())
                        + " reached", options.stopOnTimeout(), Type.TIMEOUT);
            }
            if (result.isDone()) {
                return 0;
            }
        }

        boolean detailDue = run.last() == null || finisher.stopping() || reporter.state().phase() != Phase.RUNNING
                || pacer.quiet() || now - lastDetailAt >= options.detailRefresh().toMillis();
        if (detailDue) {
            RunView detail;
            try {
                detail = api.showRun(reporter.state().run());
            } catch (RuntimeException error) {
                announcer.announceWithoutDetail();
                return failures.callFailed(error, now, true);
            }
            failures.detailRead();
            run.saw(detail);
            lastDetailAt = now;
            announcer.onDetail(detail);
        }
        RunView last = run.last();
        if (cancelReason.get() != null && !finisher.stopping() && !last.isTerminal()) {
            return 0; // handle the cancel in a tick of its own, with the fresh detail
        }

        StepLogReader.Pass pass = new StepLogReader.Pass(now, last.isTerminal());
        walker.walk(last, pass);
        if (detailDue) {
            // After the walk, so a front end drawing the whole run gets the detail after the events it caused.
            reporter.runDetail(RunDetail.of(last, reporter.state().runUrl(), api::jobIdForStageStep));
        }
        if (result.isDone()) {
            return 0;
        }
        if (last.isTerminal() && walker.allLogsComplete(last)) {
            finisher.finish(finisher.outcomeOf(last), null);
            return 0;
        }
        pacer.afterWalk(pass.textArrived);
        if (logs.backlog()) {
            return 0;
        }
        FollowState state = reporter.state();
        long delay = pacer.next(state.phase());
        if (state.deadlineEpochMillis() > 0 && !finisher.stopping()) {
            long untilDeadline = TimeUnit.MILLISECONDS.toNanos(state.deadlineEpochMillis() - now);
            delay = Math.max(0, Math.min(delay, untilDeadline));
        }
        return delay;
    }
}
