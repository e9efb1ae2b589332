package io.jenkins.plugins.codearts.plugin.builders;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import io.jenkins.plugins.codearts.plugin.steps.Reviews;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Build step "Decide a CodeArts manual review": pass or refuse, like approveReview. */
public final class ApproveReviewBuilder extends CodeArtsBuilderBase {

    private final String pipelineId;
    private final String runId;
    private final String decision;
    private String jobRunId;
    private String stepRunId;
    private int waitForReview;

    @DataBoundConstructor
    public ApproveReviewBuilder(String pipelineId, String runId, String decision) {
        this.pipelineId = FieldChecks.requiredText("pipelineId", pipelineId);
        this.runId = FieldChecks.requiredText("runId", runId);
        this.decision = ReviewDecision.parse(Util.fixNull(decision)).name().toLowerCase(Locale.ROOT);
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public String getRunId() {
        return runId;
    }

    public String getDecision() {
        return decision;
    }

    public @CheckForNull String getJobRunId() {
        return jobRunId;
    }

    @DataBoundSetter
    public void setJobRunId(String jobRunId) {
        this.jobRunId = Util.fixEmptyAndTrim(jobRunId);
    }

    public @CheckForNull String getStepRunId() {
        return stepRunId;
    }

    @DataBoundSetter
    public void setStepRunId(String stepRunId) {
        this.stepRunId = Util.fixEmptyAndTrim(stepRunId);
    }

    public int getWaitForReview() {
        return waitForReview;
    }

    @DataBoundSetter
    public void setWaitForReview(int waitForReview) {
        this.waitForReview = FieldChecks.nonNegative("waitForReview", waitForReview);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        ConnectionSettings settings = connectionSettings(env);
        String job = expand(env, jobRunId);
        String step = expand(env, stepRunId);
        String idsProblem = Reviews.idsProblem(job, step);
        if (idsProblem != null) {
            throw new AbortException(idsProblem);
        }
        ReviewDecisionResult result = Reviews.decide(run, settings,
                RunRef.of(settings.projectId, env.expand(pipelineId), env.expand(runId)), ReviewDecision.parse(decision),
                job, step, Duration.ofMinutes(waitForReview));
        listener.getLogger().println(result.message());
        if (!result.accepted()) {
            throw new AbortException(result.message());
        }
    }

    @Extension
    @Symbol("codeArtsApproveReview")
    public static final class DescriptorImpl extends BuilderDescriptorBase {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ApproveReviewBuilder_displayName();
        }

        @POST
        public ListBoxModel doFillDecisionItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? Reviews.decisionItems() : new ListBoxModel();
        }

        @POST
        public FormValidation doCheckWaitForReview(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.nonNegativeInteger("waitForReview", value)
                    : FormValidation.ok();
        }
    }
}
