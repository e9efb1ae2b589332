package io.jenkins.plugins.codearts.plugin;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.util.Timer;

/** Deciding manual reviews, shared by the approveReview step and its build step. */
final class Reviews {

    private Reviews() {
    }

    /** Blocks until CodeArts answered (or the wait for a pending review ran out). */
    static ReviewDecisionResult decide(Run<?, ?> run, ConnectionSettings settings, RunRef ref, ReviewDecision decision,
            String jobRunId, String stepRunId, Duration waitForPending) throws IOException {
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            return new CodeArtsEngine(client, Timer.get()).decideReview(ref, decision, jobRunId, stepRunId,
                    waitForPending);
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

    static ListBoxModel decisionItems() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.Reviews_pass(), "pass");
        model.add(Messages.Reviews_refuse(), "refuse");
        return model;
    }
}
