package io.jenkins.plugins.codearts.plugin.builders;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.steps.FollowSettings;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** Build step "Wait for a CodeArts run": follows a run started elsewhere, like waitForRun. */
public final class WaitForRunBuilder extends FollowingBuilderBase {

    private final String pipelineId;
    private final String runId;

    @DataBoundConstructor
    public WaitForRunBuilder(String pipelineId, String runId) {
        // Checked in perform(): see FieldChecks.checkInputs.
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
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        FollowSettings follow = followSettings();
        ConnectionSettings settings = connectionSettings(env);
        RunRef ref = FieldChecks.checkInputs(() -> RunRef.of(settings.projectId,
                FieldChecks.requiredText("pipelineId", expand(env, pipelineId)),
                FieldChecks.requiredText("runId", expand(env, runId))));
        FreestyleRuns.follow(run, listener, settings, follow, Messages.FreestyleRuns_runTarget(ref.pipelineId(),
                ref.runId()), (engine, options, follower) -> engine.followRun(ref, options, follower));
    }

    @Extension
    @Symbol("codeArtsWaitForRun")
    public static final class DescriptorImpl extends BuilderDescriptorBase {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForRunBuilder_displayName();
        }
    }
}
