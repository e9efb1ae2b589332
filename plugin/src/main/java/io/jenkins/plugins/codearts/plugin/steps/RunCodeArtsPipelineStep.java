package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import io.jenkins.plugins.codearts.plugin.forms.WebPermissions;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code def run = runCodeArtsPipeline(pipelineId: '...', variables: [VERSION: '1.2'])}: starts a CodeArts pipeline
 * run, streams its logs into the console until it ends and returns a plain map (runId, runNumber, status, url,
 * stages, artifacts, outcome, ...). With {@code wait: false} it returns as soon as the run exists.
 */
public final class RunCodeArtsPipelineStep extends FollowingStepBase {

    private final String pipelineId;
    private String repositoryUrl;
    private String branch;
    private String tag;
    private List<String> variables = List.of();
    private List<String> chooseJobs = List.of();
    private List<String> chooseStages = List.of();
    private String description;
    private boolean wait = true;

    @DataBoundConstructor
    public RunCodeArtsPipelineStep(String pipelineId) {
        this.pipelineId = Util.fixEmptyAndTrim(pipelineId); // checked in start(): see FieldChecks.checkInputs
    }

    public String getPipelineId() {
        return pipelineId;
    }

    /** HTTPS clone URL of the pipeline's CodeArts Repo source; needed with branch or tag. */
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

    /** Runtime variables as {@code NAME=value} entries, like {@code withEnv}. */
    public List<String> getVariables() {
        return variables;
    }

    @DataBoundSetter
    public void setVariables(List<String> variables) {
        this.variables = StepLists.identifiers(variables); // NAME=value form checked in start()
    }

    public List<String> getChooseJobs() {
        return chooseJobs;
    }

    @DataBoundSetter
    public void setChooseJobs(List<String> chooseJobs) {
        this.chooseJobs = StepLists.identifiers(chooseJobs);
    }

    public List<String> getChooseStages() {
        return chooseStages;
    }

    @DataBoundSetter
    public void setChooseStages(List<String> chooseStages) {
        this.chooseStages = StepLists.identifiers(chooseStages);
    }

    public @CheckForNull String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(String description) {
        this.description = Util.fixEmptyAndTrim(description);
    }

    /** false: return once the run exists, without following it. */
    public boolean isWait() {
        return wait;
    }

    @DataBoundSetter
    public void setWait(boolean wait) {
        this.wait = wait;
    }

    /** For the Snippet Generator form: the variables one per line (the list itself would render as "[...]"). */
    public String getVariablesText() {
        return String.join("\n", variables);
    }

    public String getChooseJobsText() {
        return String.join("\n", chooseJobs);
    }

    public String getChooseStagesText() {
        return String.join("\n", chooseStages);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        FollowSettings follow = followSettings();
        ConnectionSettings settings = connectionSettings();
        RunParameters request = FieldChecks.checkInputs(() -> {
            RunParameters checked = RunParameters.of(settings.projectId, FieldChecks.requiredText("pipelineId", pipelineId),
                    repositoryUrl, branch, tag, StepLists.variables("variables", variables), chooseJobs, chooseStages,
                    description);
            checked.toEngineRequest(); // fail now, on bad input, rather than on the timer thread
            return checked;
        });
        return new Execution(context, settings, follow, request, wait);
    }

    /** Starts the run; on resume continues following it from the saved state. */
    static final class Execution extends RunFollowExecution {
        private static final long serialVersionUID = 1L;

        private final RunParameters request;
        private final boolean wait;

        Execution(StepContext context, ConnectionSettings settings, FollowSettings followSettings, RunParameters request,
                boolean wait) {
            super(context, settings, followSettings);
            this.request = request;
            this.wait = wait;
        }

        @Override
        protected RunFollow begin(CodeArtsEngine engine, FollowOptions options, FollowListener listener) {
            return engine.startRun(request.toEngineRequest(), options, listener);
        }

        @Override
        protected String target() {
            return request.target();
        }

        @Override
        protected boolean returnWhenStarted() {
            return !wait;
        }
    }

    @Extension
    @Symbol("runCodeArtsPipeline")
    public static final class DescriptorImpl extends FollowingDescriptorBase {

        @Override
        public String getFunctionName() {
            return "runCodeArtsPipeline";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RunCodeArtsPipelineStep_displayName();
        }

        /**
         * {@code variables} is a map in scripts ({@code [VERSION: '1.2']}); a list of NAME=value entries works too.
         * Data binding cannot turn a Groovy map into the {@code List<String>} the step keeps (and the Snippet Generator
         * needs a list to render), and workflow-cps only hands the raw arguments to a descriptor through this method,
         * which it calls when it is overridden; it is deprecated for new steps, not removed, so it stays for this one
         * conversion.
         */
        @Override
        @SuppressWarnings("deprecation")
        public Step newInstance(Map<String, Object> arguments) throws Exception {
            return super.newInstance(StepLists.withVariableMapAsEntries(arguments));
        }

        /** The list fields are one-per-line text areas in the Snippet Generator. */
        @Override
        public Step newInstance(StaplerRequest request, @NonNull JSONObject formData) throws FormException {
            JSONObject rest = JSONObject.fromObject(formData);
            List<String> variables = StepLists.lines(rest.optString("variables"));
            List<String> jobs = StepLists.lines(rest.optString("chooseJobs"));
            List<String> stages = StepLists.lines(rest.optString("chooseStages"));
            rest.remove("variables");
            rest.remove("chooseJobs");
            rest.remove("chooseStages");
            try {
                StepLists.variables("variables", variables);
            } catch (IllegalArgumentException e) {
                throw new FormException(e.getMessage(), "variables");
            }
            RunCodeArtsPipelineStep step = (RunCodeArtsPipelineStep) super.newInstance(request, rest);
            step.setVariables(variables);
            step.setChooseJobs(jobs);
            step.setChooseStages(stages);
            return step;
        }

        @POST
        public FormValidation doCheckPipelineId(@AncestorInPath Item item, @QueryParameter String value) {
            return WebPermissions.canConfigure(item) ? FieldChecks.required("pipelineId", value) : FormValidation.ok();
        }

        /** Checks the variables text area (its form field is {@code variablesText}, posted as {@code variables}). */
        @POST
        public FormValidation doCheckVariablesText(@AncestorInPath Item item, @QueryParameter String value) {
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
            if (!WebPermissions.canConfigure(item)) {
                return FormValidation.ok();
            }
            return RunParameters.checkSource(value, branch, tag);
        }
    }
}
