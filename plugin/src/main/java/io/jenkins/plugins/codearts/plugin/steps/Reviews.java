package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.util.Timer;

/** Deciding manual reviews, shared by the approveReview step and its build step. */
public final class Reviews {

    private Reviews() {
    }

    /** Blocks until CodeArts answered (or the wait for a pending review ran out). */
    public static ReviewDecisionResult decide(Run<?, ?> run, ConnectionSettings settings, RunRef ref, ReviewDecision decision,
            String jobRunId, String stepRunId, Duration waitForPending) throws IOException {
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            return new CodeArtsEngine(client, Timer.get()).decideReview(ref, decision, jobRunId, stepRunId,
                    waitForPending);
        }
    }

    /** The problem with giving only one of jobRunId and stepRunId, or null when both or neither are given. */
    public static @CheckForNull String idsProblem(@CheckForNull String jobRunId, @CheckForNull String stepRunId) {
        return jobRunId == null != (stepRunId == null) ? Messages.ApproveReviewStep_idsTogether(jobRunId, stepRunId)
                : null;
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
