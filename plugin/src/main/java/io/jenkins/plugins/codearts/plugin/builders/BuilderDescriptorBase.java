package io.jenkins.plugins.codearts.plugin.builders;

import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.config.CredentialsChoices;
import io.jenkins.plugins.codearts.plugin.forms.FailureModes;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The form methods every CodeArts build step shares with the Pipeline steps. */
public abstract class BuilderDescriptorBase extends BuildStepDescriptor<Builder> {

    @Override
    @SuppressWarnings("rawtypes") // the signature BuildStepDescriptor declares
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
        return CredentialsChoices.forItem(item, credentialsId);
    }

    @POST
    public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
        return WebPermissions.canListCredentials(item) ? CredentialsChoices.check(item, value) : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
        return WebPermissions.canConfigure(item) ? CodeArtsGlobalConfiguration.get().checkStepRegion(value)
                : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
        return WebPermissions.canConfigure(item) ? FieldChecks.projectId(value, true) : FormValidation.ok();
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

    @POST
    public FormValidation doCheckPipelineId(@AncestorInPath Item item, @QueryParameter String value) {
        return WebPermissions.canConfigure(item) ? FieldChecks.required("pipelineId", value) : FormValidation.ok();
    }

    @POST
    public FormValidation doCheckRunId(@AncestorInPath Item item, @QueryParameter String value) {
        return WebPermissions.canConfigure(item) ? FieldChecks.required("runId", value) : FormValidation.ok();
    }
}
