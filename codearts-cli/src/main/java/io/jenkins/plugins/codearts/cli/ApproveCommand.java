package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowException;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.engine.HumanDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Passes or refuses a run's manual review. */
@Command(name = "approve",
        description = {"Pass (or refuse) a pending manual review of a run. Without --job-run-id/--step-run-id the"
            + " single pending review is found from the run detail.",
            "Examples:",
            "  codearts approve --pipeline-id 3f2a... --run-id 9c1b...",
            "  codearts approve --pipeline-id 3f2a... --run-id 9c1b... --decision refuse --wait 10m",
            "  codearts approve --pipeline-id 3f2a... --run-id 9c1b... --job-run-id J --step-run-id S --json"})
final class ApproveCommand extends RunIdCommand {

    @Option(names = "--decision", paramLabel = "pass|refuse", defaultValue = "pass", converter = DecisionConverter.class,
            description = "pass (approve, accept) or refuse (reject). Default: ${DEFAULT-VALUE}.")
    ReviewDecision decision;

    @Option(names = "--job-run-id", paramLabel = "ID", description = "The review's job run id (with --step-run-id).")
    String jobRunId;

    @Option(names = "--step-run-id", paramLabel = "ID", description = "The review step's id (with --job-run-id).")
    String stepRunId;

    @Option(names = "--wait", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wait up to DURATION for a review to become pending (default: decide only if one is pending now).")
    Duration waitForPending;

    @Option(names = "--json", description = "Print the outcome as JSON (runId, decision, accepted, message).")
    boolean json;

    /** The engine names its Java parameters; the user typed flags. */
    static String flagNames(String message) {
        return message.replace("jobRunId=", "--job-run-id ").replace("stepRunId=", "--step-run-id ")
                .replace("jobRunId and stepRunId", "--job-run-id and --step-run-id")
                .replace("jobRunId", "--job-run-id").replace("stepRunId", "--step-run-id");
    }

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment environment = root.environment();
        if ((jobRunId == null) != (stepRunId == null)) {
            throw new CliException(ExitCodes.USAGE, "--job-run-id and --step-run-id go together (both from the"
                    + " review-pending line); give both, or neither to pick the pending review automatically");
        }
        target.check();
        if (jobRunId != null) {
            Preflight.id("--job-run-id", jobRunId);
            Preflight.id("--step-run-id", stepRunId);
        }
        try (Connection open = Connection.open(environment, connection)) {
            RunRef run = target.in(open.projectId("to decide a review"));
            ScheduledExecutorService scheduler = FollowSession.newScheduler("codearts-approve");
            try {
                CodeArtsEngine engine = new CodeArtsEngine(open.client(), scheduler);
                if (waitForPending != null) {
                    environment.err().println("waiting up to " + HumanDuration.format(waitForPending)
                            + " for a pending manual review in " + run);
                }
                CompletableFuture<ReviewDecisionResult> decided = engine.decideReviewAsync(run, decision, jobRunId,
                        stepRunId, waitForPending == null ? Duration.ZERO : waitForPending);
                // Ctrl-C only stops waiting: nothing remote to undo.
                try (AbortController.Registration ignored = environment.abortController()
                        .register(maxWait -> decided.cancel(true))) {
                    ReviewDecisionResult result = decided.get();
                    if (json) {
                        Map<String, Object> answer = new LinkedHashMap<>();
                        answer.put("projectId", run.projectId());
                        answer.put("pipelineId", run.pipelineId());
                        answer.put("runId", run.runId());
                        answer.put("decision", decision.name());
                        answer.put("accepted", result.accepted());
                        answer.put("message", result.message());
                        Json.print(environment, answer);
                    } else {
                        environment.out().println(result.message());
                    }
                    return result.accepted() ? ExitCodes.SUCCESS : ExitCodes.REMOTE_FAILURE;
                }
            } catch (CancellationException aborted) {
                environment.err().println("interrupted: no decision was sent");
                return ExitCodes.ABORTED;
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof FollowException) {
                    String message = flagNames(cause.getMessage());
                    boolean nonePending = message.startsWith("No manual review is pending");
                    throw new CliException(ExitCodes.ERROR, message
                            + (nonePending && waitForPending == null ? "; use --wait DURATION to wait for one" : ""));
                }
                throw cause instanceof RuntimeException runtime ? runtime : new CliException(ExitCodes.ERROR,
                        String.valueOf(cause), cause);
            } finally {
                FollowSession.shutdown(scheduler);
            }
        } catch (IllegalArgumentException badInput) {
            throw new CliException(ExitCodes.USAGE, flagNames(badInput.getMessage()));
        }
    }

    /** Accepts pass/approve/accept and refuse/reject in any case. */
    static final class DecisionConverter implements ITypeConverter<ReviewDecision> {
        @Override
        public ReviewDecision convert(String value) {
            try {
                return ReviewDecision.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
