package io.jenkins.plugins.codearts.plugin.runpage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Run;

/** {@code CODEARTS_IDE_INSTANCE_ID} and {@code CODEARTS_IDE_LINK} for build steps after a freestyle create. */
public final class IdeEnvironmentAction extends InvisibleAction implements EnvironmentContributingAction {

    private final String instanceId;
    private final @CheckForNull String link;

    public IdeEnvironmentAction(@NonNull String instanceId, @CheckForNull String link) {
        this.instanceId = instanceId;
        this.link = link;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public @CheckForNull String getLink() {
        return link;
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.put("CODEARTS_IDE_INSTANCE_ID", instanceId);
        if (link != null) {
            env.put("CODEARTS_IDE_LINK", link);
        }
    }
}
