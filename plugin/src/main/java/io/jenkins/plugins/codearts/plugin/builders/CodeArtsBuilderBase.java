package io.jenkins.plugins.codearts.plugin.builders;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Util;
import hudson.tasks.Builder;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle counterparts of the Pipeline steps share these settings. No workspace is needed: everything happens over
 * HTTP from the controller. Text fields may use build parameters ({@code ${VERSION}}).
 */
public abstract class CodeArtsBuilderBase extends Builder implements SimpleBuildStep {

    private String credentialsId;
    private String region;
    private String projectId;

    public @CheckForNull String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public @CheckForNull String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Util.fixEmptyAndTrim(region);
    }

    public @CheckForNull String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(String projectId) {
        this.projectId = Util.fixEmptyAndTrim(projectId);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    ConnectionSettings connectionSettings(EnvVars env) throws AbortException {
        return CodeArtsConnector.resolve(expand(env, credentialsId), expand(env, region), expand(env, projectId),
                needsProject());
    }

    /** Whether the build step calls the Pipeline API (per CodeArts project); IDE Online calls are not. */
    boolean needsProject() {
        return true;
    }

    static @CheckForNull String expand(EnvVars env, @CheckForNull String value) {
        return value == null ? null : Util.fixEmptyAndTrim(env.expand(value));
    }
}
