package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.IdeChoices;
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
 * {@code codeArtsIdeInstance(action: 'stop', instanceId: ide.id)}: starts, stops or deletes an IDE Online instance and,
 * unless {@code wait: false}, waits for it to get there. Returns a map: id, link, status, serverUrl, reached.
 */
public final class CodeArtsIdeInstanceStep extends CodeArtsStepBase {

    private final String action;
    private final String instanceId;
    private boolean wait = true;
    private int timeout = IdeChoices.DEFAULT_TIMEOUT_MINUTES;

    @DataBoundConstructor
    public CodeArtsIdeInstanceStep(String action, String instanceId) {
        // Checked in start(): see FieldChecks.checkInputs.
        this.action = IdeAction.normalize(action);
        this.instanceId = Util.fixEmptyAndTrim(instanceId);
    }

    /** start, stop or delete. */
    public String getAction() {
        return action;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public boolean isWait() {
        return wait;
    }

    @DataBoundSetter
    public void setWait(boolean wait) {
        this.wait = wait;
    }

    public int getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(int timeout) {
        this.timeout = timeout; // checked in start()
    }

    @Override
    boolean needsProject() {
        return false;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        IdeAction parsed = FieldChecks.checkInputs(() -> IdeAction.parse(action));
        String id = FieldChecks.checkInputs(() -> FieldChecks.requiredText("instanceId", instanceId));
        int minutes = FieldChecks.checkInputs(() -> FieldChecks.timeoutMinutes(timeout));
        return new Execution(context, connectionSettings(), parsed, id, wait, minutes);
    }

    /** One call plus a bounded wait, on a pool thread; not resumable (rerun it: the calls are idempotent). */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final ConnectionSettings settings;
        private final IdeAction action;
        private final String instanceId;
        private final boolean wait;
        private final int timeoutMinutes;

        Execution(StepContext context, ConnectionSettings settings, IdeAction action, String instanceId, boolean wait,
                int timeoutMinutes) {
            super(context);
            this.settings = settings;
            this.action = action;
            this.instanceId = instanceId;
            this.wait = wait;
            this.timeoutMinutes = timeoutMinutes;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            return action.perform(run, listener, settings, instanceId, wait, timeoutMinutes).toMap();
        }
    }

    @Extension
    @Symbol("codeArtsIdeInstance")
    public static final class DescriptorImpl extends DescriptorBase {

        @Override
        public String getFunctionName() {
            return "codeArtsIdeInstance";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CodeArtsIdeInstanceStep_displayName();
        }

        @POST
        public ListBoxModel doFillActionItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? IdeChoices.actions() : new ListBoxModel();
        }

        @POST
        public FormValidation doCheckInstanceId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("instanceId", value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? IdeChoices.checkTimeout(value) : FormValidation.ok();
        }
    }
}
