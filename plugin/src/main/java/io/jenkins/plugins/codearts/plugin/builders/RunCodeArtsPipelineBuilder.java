package io.jenkins.plugins.codearts.plugin.builders;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import io.jenkins.plugins.codearts.plugin.steps.FollowSettings;
import io.jenkins.plugins.codearts.plugin.steps.RunParameters;
import io.jenkins.plugins.codearts.plugin.steps.StepLists;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Build step "Run a CodeArts pipeline": starts a run and follows it until it ends, like runCodeArtsPipeline. */
public final class RunCodeArtsPipelineBuilder extends FollowingBuilderBase {

    private final String pipelineId;
    private String repositoryUrl;
    private String branch;
    private String tag;
    private String variables;
    private String chooseJobs;
    private String chooseStages;
    private String description;

    @DataBoundConstructor
    public RunCodeArtsPipelineBuilder(String pipelineId) {
        this.pipelineId = Util.fixEmptyAndTrim(pipelineId); // checked in perform(): see FieldChecks.checkInputs
    }

    public String getPipelineId() {
        return pipelineId;
    }

    public @CheckForNull String getRepositoryUrl() {
        return repositoryUrl;
    }

    @DataBoundSetter
    public void setRepositoryUrl(String repositoryUrl) {
        this.repositoryUrl = Util.fixEmptyAndTrim(repositoryUrl);
    }

    public @CheckForNull String getBranch() {
        return branch;
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        this.branch = Util.fixEmptyAndTrim(branch);
    }

    public @CheckForNull String getTag() {
        return tag;
    }

    @DataBoundSetter
    public void setTag(String tag) {
        this.tag = Util.fixEmptyAndTrim(tag);
    }

    /** NAME=value, one per line. */
    public @CheckForNull String getVariables() {
        return variables;
    }

    @DataBoundSetter
    public void setVariables(String variables) {
        this.variables = StepLists.normalizeLines(variables); // NAME=value form checked in perform()
    }

    public @CheckForNull String getChooseJobs() {
        return chooseJobs;
    }

    @DataBoundSetter
    public void setChooseJobs(String chooseJobs) {
        this.chooseJobs = StepLists.normalizeLines(chooseJobs);
    }

    public @CheckForNull String getChooseStages() {
        return chooseStages;
    }

    @DataBoundSetter
    public void setChooseStages(String chooseStages) {
        this.chooseStages = StepLists.normalizeLines(chooseStages);
    }

    public @CheckForNull String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(String description) {
        this.description = Util.fixEmptyAndTrim(description);
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        FollowSettings follow = followSettings();
        ConnectionSettings settings = connectionSettings(env);
        List<String> expandedVariables = new ArrayList<>();
        for (String line : StepLists.lines(variables)) {
            expandedVariables.add(env.expand(line));
        }
        RunParameters request = FieldChecks.checkInputs(() -> {
            RunParameters checked = RunParameters.of(settings.projectId,
                    FieldChecks.requiredText("pipelineId", expand(env, pipelineId)), expand(env, repositoryUrl),
                    expand(env, branch), expand(env, tag), StepLists.variables("variables", expandedVariables),
                    StepLists.identifiers(StepLists.lines(expand(env, chooseJobs))),
                    StepLists.identifiers(StepLists.lines(expand(env, chooseStages))), expand(env, description));
            checked.toEngineRequest(); // bad combinations (branch and tag, ...) end here, in one line
            return checked;
        });
        FreestyleRuns.follow(run, listener, settings, follow, request.target(),
                (engine, options, follower) -> engine.startRun(request.toEngineRequest(), options, follower));
    }

    @Extension
    @Symbol("codeArtsRunPipeline")
    public static final class DescriptorImpl extends BuilderDescriptorBase {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RunCodeArtsPipelineBuilder_displayName();
        }

        @POST
        public FormValidation doCheckVariables(@AncestorInPath Item item, @QueryParameter String value) {
            if (!WebPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            try {
                StepLists.variables("variables", StepLists.lines(value));
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        @POST
        public FormValidation doCheckRepositoryUrl(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String branch, @QueryParameter String tag) {
            return WebPermissions.canConfigure(item) ? RunParameters.checkSource(value, branch, tag) : FormValidation.ok();
        }
    }
}
