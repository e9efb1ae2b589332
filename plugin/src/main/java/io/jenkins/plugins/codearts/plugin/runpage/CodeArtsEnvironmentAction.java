package io.jenkins.plugins.codearts.plugin.runpage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Run;

/**
 * Sets {@code CODEARTS_RUN_ID} and {@code CODEARTS_RUN_URL} to the CodeArts run most recently started or followed by
 * this build. Core reads it in {@code Run.getEnvironment}, so it works in Pipeline ({@code env.CODEARTS_RUN_ID}) without
 * a node, and in freestyle for later build steps.
 */
public final class CodeArtsEnvironmentAction extends InvisibleAction implements EnvironmentContributingAction {

    public static final String RUN_ID_VARIABLE = "CODEARTS_RUN_ID";
    public static final String RUN_URL_VARIABLE = "CODEARTS_RUN_URL";

    private final String runId;
    private final @CheckForNull String runUrl;

    public CodeArtsEnvironmentAction(@NonNull String runId, @CheckForNull String runUrl) {
        this.runId = runId;
        this.runUrl = runUrl;
    }

    public String getRunId() {
        return runId;
    }

    public @CheckForNull String getRunUrl() {
        return runUrl;
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.put(RUN_ID_VARIABLE, runId);
        if (runUrl != null) {
            env.put(RUN_URL_VARIABLE, runUrl);
        }
    }
}
