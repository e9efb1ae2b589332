package io.jenkins.plugins.codearts.plugin.builders;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.steps.FollowSettings;
import io.jenkins.plugins.codearts.plugin.steps.FollowingStepBase;
import java.util.Locale;
import org.kohsuke.stapler.DataBoundSetter;

/** Follow options of the freestyle build steps; same meaning as in {@link FollowingStepBase}. */
public abstract class FollowingBuilderBase extends CodeArtsBuilderBase {

    private Integer timeout;
    private boolean stopOnAbort = true;
    private String failureMode = "fail";
    private boolean logPrefix;

    public @CheckForNull Integer getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(@CheckForNull Integer timeout) {
        this.timeout = timeout; // checked in followSettings(), when the step starts
    }

    public boolean isStopOnAbort() {
        return stopOnAbort;
    }

    @DataBoundSetter
    public void setStopOnAbort(boolean stopOnAbort) {
        this.stopOnAbort = stopOnAbort;
    }

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
}
