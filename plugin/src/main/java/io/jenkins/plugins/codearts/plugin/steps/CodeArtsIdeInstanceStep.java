package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.IdeChoices;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
        this.action = IdeInstanceOperation.normalize(action);
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
        IdeInstanceOperation parsed = FieldChecks.checkInputs(() -> IdeInstanceOperation.parse(action));
        String id = FieldChecks.checkInputs(() -> FieldChecks.requiredText("instanceId", instanceId));
        int minutes = FieldChecks.checkInputs(() -> FieldChecks.timeoutMinutes(timeout));
        return new Execution(context, connectionSettings(), parsed, id, wait, minutes,
                Instant.now().plus(Duration.ofMinutes(minutes)));
    }

    /**
     * Sends the action on {@link jenkins.util.Timer} and waits on the engine's polls, holding no thread. Once the
     * instance reported a status after the action, a restart continues the wait (until the deadline set when the step
     * began) without sending the action again; before that, the action is sent again (start, stop and delete can be
     * repeated).
     */
    static final class Execution extends WaitingStepExecution<IdeInstanceResult> implements IdeListener {
        private static final long serialVersionUID = 1L;

        private final IdeInstanceOperation action;
        private final String instanceId;
        private final boolean wait;
        private final int timeoutMinutes;
        /** True once CodeArts reported a status after the action, so the action was sent. */
        private volatile boolean actionSent;

        Execution(StepContext context, ConnectionSettings settings, IdeInstanceOperation action, String instanceId,
                boolean wait, int timeoutMinutes, Instant deadline) {
            super(context, settings, deadline);
            this.action = action;
            this.instanceId = instanceId;
            this.wait = wait;
            this.timeoutMinutes = timeoutMinutes;
        }

        @Override
        protected CompletableFuture<IdeInstanceResult> begin(CodeArtsEngine engine, boolean resuming,
                Instant deadline) {
            IdeWaitOptions options = IdeInstanceOperation.waitOptions(wait, timeoutMinutes);
            IdeFollow follow = resuming && actionSent && wait
                    ? action.await(engine, instanceId, options, this, deadline)
                    : action.perform(engine, instanceId, options, this);
            return follow.result();
        }

        @Override
        protected Object result(IdeInstanceResult result) {
            return result.toMap();
        }

        @Override
        protected String target() {
            return Messages.IdeInstanceOperation_target(instanceId);
        }

        @Override
        protected String resumingMessage() {
            return Messages.CodeArtsIdeInstanceStep_resuming(action.name().toLowerCase(Locale.ROOT), instanceId);
        }

        @Override
        public void onLine(String line) {
            println(line);
        }

        @Override
        public void onStatus(String id, String status) {
            if (!actionSent) {
                actionSent = true;
                getContext().saveState();
            }
        }

        @Override
        public String getStatus() {
            String verb = action.name().toLowerCase(Locale.ROOT);
            return actionSent ? verb + " IDE instance " + instanceId + ": waiting until " + deadline()
                    : "sending " + verb + " for IDE instance " + instanceId;
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
