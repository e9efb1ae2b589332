package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
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
import java.util.Map;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code approveReview(pipelineId: '...', runId: '...', decision: 'pass')}: passes or refuses a pending manual review
 * of a CodeArts run. Without jobRunId/stepRunId the single pending review is chosen; {@code waitForReview} (minutes)
 * waits for one to appear. Returns a map: decision, accepted, jobRunId, stepRunId, stageName, stepName, message.
 */
public final class ApproveReviewStep extends CodeArtsStepBase {

    private final String pipelineId;
    private final String runId;
    private final String decision;
    private String jobRunId;
    private String stepRunId;
    private int waitForReview;

    @DataBoundConstructor
    public ApproveReviewStep(String pipelineId, String runId, String decision) {
        // Checked in start(): see FieldChecks.checkInputs.
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

    /** pass or refuse. */
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

    /** Minutes to wait for a review to become pending; 0 checks once. */
    public int getWaitForReview() {
        return waitForReview;
    }

    @DataBoundSetter
    public void setWaitForReview(int waitForReview) {
        this.waitForReview = waitForReview; // checked in start()
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        ConnectionSettings settings = connectionSettings();
        Reviews.Request request = FieldChecks.checkInputs(() -> Reviews.request(settings.projectId, pipelineId, runId,
                decision, jobRunId, stepRunId, waitForReview));
        return new Execution(context, settings, request);
    }

    /** Decides on a pool thread: one blocking call (or a bounded wait for a pending review). */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final ConnectionSettings settings;
        private final Reviews.Request request;

        Execution(StepContext context, ConnectionSettings settings, Reviews.Request request) {
            super(context);
            this.settings = settings;
            this.request = request;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            ReviewDecisionResult result = Reviews.decide(run, settings, request);
            listener.getLogger().println(result.message());
            return Reviews.toMap(result);
        }
    }

    @Extension
    @Symbol("approveReview")
    public static final class DescriptorImpl extends DescriptorBase {

        @Override
        public String getFunctionName() {
            return "approveReview";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ApproveReviewStep_displayName();
        }

        @POST
        public ListBoxModel doFillDecisionItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? Reviews.decisionItems() : new ListBoxModel();
        }

        @POST
        public FormValidation doCheckPipelineId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("pipelineId", value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRunId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("runId", value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckStepRunId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String jobRunId) {
            if (!WebPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            return Util.fixEmptyAndTrim(value) == null != (Util.fixEmptyAndTrim(jobRunId) == null)
                    ? FormValidation.error(Messages.ApproveReviewStep_idsTogether(jobRunId, value))
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckWaitForReview(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.nonNegativeInteger("waitForReview", value)
                    : FormValidation.ok();
        }
    }
}
