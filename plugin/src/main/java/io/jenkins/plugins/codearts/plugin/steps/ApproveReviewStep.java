package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
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
        return new Execution(context, settings, request, request.deadlineFrom(Instant.now()));
    }

    /**
     * Checks for the pending review on {@link jenkins.util.Timer} and decides it, holding no thread while it waits.
     * After a restart it keeps waiting for the same review until the deadline set when the step began.
     */
    static final class Execution extends WaitingStepExecution<ReviewDecisionResult> {
        private static final long serialVersionUID = 1L;

        private final Reviews.Request request;

        Execution(StepContext context, ConnectionSettings settings, Reviews.Request request, Instant deadline) {
            super(context, settings, deadline);
            this.request = request;
        }

        @Override
        protected CompletableFuture<ReviewDecisionResult> begin(CodeArtsEngine engine, boolean resuming,
                Instant deadline) {
            return Reviews.decideAsync(engine, request, deadline);
        }

        @Override
        protected Object result(ReviewDecisionResult result) {
            println(result.message());
            return Reviews.toMap(result);
        }

        @Override
        protected String target() {
            return request.target();
        }

        @Override
        protected String resumingMessage() {
            return Messages.ApproveReviewStep_resuming(request.runId());
        }

        @Override
        public String getStatus() {
            return "waiting until " + deadline() + " for a manual review of CodeArts run " + request.runId();
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
