package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.codearts.engine.StartRunRequest;
import io.jenkins.plugins.codearts.plugin.forms.FieldChecks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The step's run parameters in a form that pickles with the execution (plain strings and lists), turned into the
 * engine's {@link StartRunRequest} when needed.
 */
public final class RunParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String projectId;
    private final String pipelineId;
    private final String repositoryUrl;
    private final String branch;
    private final String tag;
    private final ArrayList<String> variables;
    private final ArrayList<String> chooseJobs;
    private final ArrayList<String> chooseStages;
    private final String description;

    private RunParameters(String projectId, String pipelineId, String repositoryUrl, String branch, String tag,
            List<String> variables, List<String> chooseJobs, List<String> chooseStages, String description) {
        this.projectId = projectId;
        this.pipelineId = pipelineId;
        this.repositoryUrl = repositoryUrl;
        this.branch = branch;
        this.tag = tag;
        this.variables = new ArrayList<>(variables);
        this.chooseJobs = new ArrayList<>(chooseJobs);
        this.chooseStages = new ArrayList<>(chooseStages);
        this.description = description;
    }

    public static RunParameters of(String projectId, String pipelineId, @CheckForNull String repositoryUrl,
            @CheckForNull String branch, @CheckForNull String tag, List<String> variables, List<String> chooseJobs,
            List<String> chooseStages, @CheckForNull String description) {
        return new RunParameters(projectId, pipelineId, repositoryUrl, branch, tag, variables, chooseJobs, chooseStages,
                description);
    }

    /** How failures name what was started: {@code pipelineId "…" (project …)}. */
    public String target() {
        return Messages.RunParameters_target(pipelineId, projectId);
    }

    /**
     * The engine request; throws {@link IllegalArgumentException} naming the field when the input is inconsistent.
     */
    public StartRunRequest toEngineRequest() {
        if (branch != null && tag != null) {
            throw new IllegalArgumentException(Messages.RunParameters_branchAndTag(branch, tag));
        }
        StartRunRequest.Builder builder = StartRunRequest.builder(projectId, pipelineId);
        if (branch != null || tag != null) {
            if (repositoryUrl == null) {
                throw new IllegalArgumentException(Messages.RunParameters_needsRepository(branch != null ? "branch" : "tag",
                        branch != null ? branch : tag));
            }
            builder.source(branch != null ? StartRunRequest.Source.branch(repositoryUrl, branch)
                    : StartRunRequest.Source.tag(repositoryUrl, tag));
        }
        builder.variables(StepLists.variableMap(variables));
        chooseJobs.forEach(builder::chooseJob);
        chooseStages.forEach(builder::chooseStage);
        builder.description(description);
        return builder.build();
    }

    public static FormValidation checkSource(@CheckForNull String repositoryUrl, @CheckForNull String branch,
            @CheckForNull String tag) {
        String url = Util.fixEmptyAndTrim(repositoryUrl);
        String b = Util.fixEmptyAndTrim(branch);
        String t = Util.fixEmptyAndTrim(tag);
        if (b != null && t != null) {
            return FormValidation.error(Messages.RunParameters_branchAndTag(b, t));
        }
        if (url == null && (b != null || t != null)) {
            return FormValidation.error(Messages.RunParameters_needsRepository(b != null ? "branch" : "tag",
                    b != null ? b : t));
        }
        return FieldChecks.httpUrl("repositoryUrl", url);
    }
}
