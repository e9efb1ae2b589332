package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code def run = waitForRun(pipelineId: '...', runId: '...')}: follows a CodeArts run started elsewhere (a Git
 * push, the console, another build) with the same log streaming, options and result map as runCodeArtsPipeline.
 */
public final class WaitForRunStep extends FollowingStepBase {

    private final String pipelineId;
    private final String runId;

    @DataBoundConstructor
    public WaitForRunStep(String pipelineId, String runId) {
        // Checked in start(): see FieldChecks.checkInputs.
        this.pipelineId = Util.fixEmptyAndTrim(pipelineId);
        this.runId = Util.fixEmptyAndTrim(runId);
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public String getRunId() {
        return runId;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        FollowSettings follow = followSettings();
        ConnectionSettings settings = connectionSettings();
        RunRef ref = FieldChecks.checkInputs(() -> RunRef.of(settings.projectId,
                FieldChecks.requiredText("pipelineId", pipelineId), FieldChecks.requiredText("runId", runId)));
        return new Execution(context, settings, follow, ref.pipelineId(), ref.runId());
    }

    /** Follows the run; after a restart without saved state simply follows it again from the start of its logs. */
    static final class Execution extends RunFollowExecution {
        private static final long serialVersionUID = 1L;

        private final String pipelineId;
        private final String runId;

        Execution(StepContext context, ConnectionSettings settings, FollowSettings followSettings, String pipelineId,
                String runId) {
            super(context, settings, followSettings);
            this.pipelineId = pipelineId;
            this.runId = runId;
        }

        @Override
        protected RunFollow begin(CodeArtsEngine engine, FollowOptions options, FollowListener listener) {
            return engine.followRun(RunRef.of(settings.projectId, pipelineId, runId), options, listener);
        }

        @Override
        protected String target() {
            return Messages.Reviews_target(pipelineId, runId);
        }

        @Override
        protected RunFollow resumeWithoutState(CodeArtsEngine engine, FollowOptions options, FollowListener listener) {
            return begin(engine, options, listener);
        }
    }

    @Extension
    @Symbol("waitForRun")
    public static final class DescriptorImpl extends FollowingDescriptorBase {

        @Override
        public String getFunctionName() {
            return "waitForRun";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForRunStep_displayName();
        }

        @POST
        public FormValidation doCheckPipelineId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("pipelineId", value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRunId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("runId", value) : FormValidation.ok();
        }
    }
}
