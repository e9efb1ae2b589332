package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jenkins.util.Timer;

/** Deciding manual reviews, shared by the approveReview step and its build step. */
public final class Reviews {

    private Reviews() {
    }

    /** What to decide, checked; plain fields so it pickles with a step execution. */
    public static final class Request implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String projectId;
        private final String pipelineId;
        private final String runId;
        private final ReviewDecision decision;
        private final @CheckForNull String jobRunId;
        private final @CheckForNull String stepRunId;
        private final int waitMinutes;

        private Request(String projectId, String pipelineId, String runId, ReviewDecision decision,
                @CheckForNull String jobRunId, @CheckForNull String stepRunId, int waitMinutes) {
            this.projectId = projectId;
            this.pipelineId = pipelineId;
            this.runId = runId;
            this.decision = decision;
            this.jobRunId = jobRunId;
            this.stepRunId = stepRunId;
            this.waitMinutes = waitMinutes;
        }

        RunRef run() {
            return RunRef.of(projectId, pipelineId, runId);
        }

        /** How failures name what was decided: {@code pipelineId "…", runId "…"}. */
        String target() {
            return Messages.Reviews_target(pipelineId, runId);
        }
    }

    /**
     * Checks the parameters of approveReview and its build step; throws {@link IllegalArgumentException} naming the
     * field, the value and the fix (see {@link io.jenkins.plugins.codearts.plugin.forms.FieldChecks#checkInputs}).
     */
    public static Request request(String projectId, @CheckForNull String pipelineId, @CheckForNull String runId,
            @CheckForNull String decision, @CheckForNull String jobRunId, @CheckForNull String stepRunId,
            int waitForReview) {
        String pipeline = FieldChecks.requiredText("pipelineId", pipelineId);
        String run = FieldChecks.requiredText("runId", runId);
        ReviewDecision parsed = ReviewDecision.parse(decision);
        String job = Util.fixEmptyAndTrim(jobRunId);
        String step = Util.fixEmptyAndTrim(stepRunId);
        if (job == null != (step == null)) {
            throw new IllegalArgumentException(Messages.ApproveReviewStep_idsTogether(job, step));
        }
        int wait = FieldChecks.nonNegative("waitForReview", waitForReview);
        RunRef.of(projectId, pipeline, run); // the engine's own id checks
        return new Request(projectId, pipeline, run, parsed, job, step, wait);
    }

    /** The decision as the step keeps it: pass or refuse when it is one, else as given (refused when starting). */
    public static @CheckForNull String normalizeDecision(@CheckForNull String decision) {
        String text = Util.fixEmptyAndTrim(decision);
        if (text == null) {
            return null;
        }
        try {
            return ReviewDecision.parse(text).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * Blocks until CodeArts answered (or the wait for a pending review ran out). Nothing pending, an unknown run and
     * the like end in an {@link hudson.AbortException} naming the run; see {@link ExpectedFailures}.
     */
    public static ReviewDecisionResult decide(Run<?, ?> run, ConnectionSettings settings, Request request)
            throws IOException {
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            return new CodeArtsEngine(client, Timer.get()).decideReview(request.run(), request.decision,
                    request.jobRunId, request.stepRunId, Duration.ofMinutes(request.waitMinutes));
        } catch (RuntimeException e) {
            throw ExpectedFailures.rethrow(e, request.target());
        }
    }

    static Map<String, Object> toMap(ReviewDecisionResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("decision", result.decision().name());
        map.put("accepted", result.accepted());
        map.put("jobRunId", result.jobRunId());
        map.put("stepRunId", result.stepRunId());
        map.put("stageName", result.stageName());
        map.put("stepName", result.stepName());
        map.put("message", result.message());
        return map;
    }

    public static ListBoxModel decisionItems() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.Reviews_pass(), "pass");
        model.add(Messages.Reviews_refuse(), "refuse");
        return model;
    }
}
