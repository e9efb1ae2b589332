package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.forms.FailureModes;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.util.Locale;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Options shared by the steps that follow a run: timeout, abort behaviour, failure handling and log prefixes. */
public abstract class FollowingStepBase extends CodeArtsStepBase {

    private Integer timeout;
    private boolean stopOnAbort = true;
    private String failureMode = "fail";
    private boolean logPrefix;

    /** Overall timeout in minutes; null uses the global default, 0 means none. */
    public @CheckForNull Integer getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(@CheckForNull Integer timeout) {
        this.timeout = timeout; // checked in followSettings(), when the step starts
    }

    /** Whether aborting the Jenkins build (or reaching the timeout) also stops the CodeArts run. */
    public boolean isStopOnAbort() {
        return stopOnAbort;
    }

    @DataBoundSetter
    public void setStopOnAbort(boolean stopOnAbort) {
        this.stopOnAbort = stopOnAbort;
    }

    /** fail, unstable or return: what an unsuccessful run does to the build. */
    public String getFailureMode() {
        return failureMode;
    }

    @DataBoundSetter
    public void setFailureMode(String failureMode) {
        String mode = Util.fixEmptyAndTrim(failureMode);
        try {
            this.failureMode = FieldChecks.failureModeOf(mode).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            this.failureMode = mode; // refused in followSettings(), when the step starts
        }
    }

    /** Whether each CodeArts log line starts with {@code [stage › job › step]}. */
    public boolean isLogPrefix() {
        return logPrefix;
    }

    @DataBoundSetter
    public void setLogPrefix(boolean logPrefix) {
        this.logPrefix = logPrefix;
    }

    /** The follow options, checked: a negative timeout or an unknown failureMode is refused here. */
    FollowSettings followSettings() throws AbortException {
        return FieldChecks.checkInputs(() -> new FollowSettings(
                timeout == null ? null : FieldChecks.nonNegative("timeout", timeout), stopOnAbort, logPrefix,
                FieldChecks.failureModeOf(failureMode)));
    }

    /** Adds the follow option checks to the shared descriptor. */
    public abstract static class FollowingDescriptorBase extends DescriptorBase {

        /** The step's FlowNode too: failureMode 'unstable' marks it, as the unstable step does. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }

        @POST
        public ListBoxModel doFillFailureModeItems(@AncestorInPath Item item) {
            return WebPermissions.canConfigure(item) ? FailureModes.items() : new ListBoxModel();
        }

        @POST
        public FormValidation doCheckFailureMode(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.failureMode(value) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckTimeout(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.nonNegativeInteger("timeout", value)
                    : FormValidation.ok();
        }
    }
}
