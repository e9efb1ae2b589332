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
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import io.jenkins.plugins.codearts.plugin.steps.Reviews;
import java.io.IOException;
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
        // Checked in perform(): see FieldChecks.checkInputs.
        this.pipelineId = Util.fixEmptyAndTrim(pipelineId);
        this.runId = Util.fixEmptyAndTrim(runId);
        this.decision = Reviews.normalizeDecision(decision);
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
        this.waitForReview = waitForReview; // checked in perform()
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        ConnectionSettings settings = connectionSettings(env);
        Reviews.Request request = FieldChecks.checkInputs(() -> Reviews.request(settings.projectId,
                expand(env, pipelineId), expand(env, runId), decision, expand(env, jobRunId), expand(env, stepRunId),
                waitForReview));
        ReviewDecisionResult result = Reviews.decide(run, settings, request);
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
