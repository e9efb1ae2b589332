package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.CredentialsChoices;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What every CodeArts step accepts besides its own parameters: which credentials, region and CodeArts project to use.
 * Each falls back to Manage Jenkins » System » Huawei Cloud CodeArts when empty.
 */
public abstract class CodeArtsStepBase extends Step {

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

    /** The settings this step runs with; reads the global configuration only, no I/O. */
    ConnectionSettings connectionSettings() throws hudson.AbortException {
        return CodeArtsConnector.resolve(credentialsId, region, projectId, needsProject());
    }

    /** Whether the step calls the Pipeline API (which is per CodeArts project); IDE Online calls are not. */
    boolean needsProject() {
        return true;
    }

    /** Shared descriptor: no node or workspace needed, only the build and its console. */
    public abstract static class DescriptorBase extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsChoices.forItem(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!WebPermissions.canListCredentials(item)) {
                return FormValidation.ok();
            }
            return CredentialsChoices.check(item, value);
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? CodeArtsGlobalConfiguration.get().checkStepRegion(value)
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!WebPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            return FieldChecks.projectId(value, true);
        }
    }
}
