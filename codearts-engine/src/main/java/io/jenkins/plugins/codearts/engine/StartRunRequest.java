package io.jenkins.plugins.codearts.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything runPipeline accepts: code sources with a branch or a tag, runtime variables, the jobs or stages to run,
 * and a description. Immutable; build with {@link #builder(String, String)}.
 */
public final class StartRunRequest {

    /** One code source: which repository and which branch or tag to build. */
    public record Source(String type, String gitType, String gitUrl, String alias, String codehubId,
            String endpointId, String defaultBranch, String buildType, String branch, String tag, String eventType) {

        /** A CodeArts Repo (codehub) source building {@code branch}. */
        public static Source branch(String gitUrl, String branch) {
            ArgumentChecks.requireText("sources[].git_url", gitUrl, "the repository's HTTPS clone URL");
            ArgumentChecks.requireText("sources[].branch", branch, "the branch to build, e.g. main");
            return new Source("code", "codehub", gitUrl, null, null, null, null, "branch", branch, null, "Manual");
        }

        /** A CodeArts Repo (codehub) source building {@code tag}. */
        public static Source tag(String gitUrl, String tag) {
            ArgumentChecks.requireText("sources[].git_url", gitUrl, "the repository's HTTPS clone URL");
            ArgumentChecks.requireText("sources[].tag", tag, "the tag to build, e.g. v1.2.0");
            return new Source("code", "codehub", gitUrl, null, null, null, null, "tag", null, tag, "Manual");
        }

        public Source withAlias(String newAlias) {
            return new Source(type, gitType, gitUrl, newAlias, codehubId, endpointId, defaultBranch, buildType, branch,
                    tag, eventType);
        }

        public Source withCodehubId(String newCodehubId) {
            return new Source(type, gitType, gitUrl, alias, newCodehubId, endpointId, defaultBranch, buildType, branch,
                    tag, eventType);
        }

        public Source withGitType(String newGitType) {
            return new Source(type, newGitType, gitUrl, alias, codehubId, endpointId, defaultBranch, buildType, branch,
                    tag, eventType);
        }

        public Source withEndpointId(String newEndpointId) {
            return new Source(type, gitType, gitUrl, alias, codehubId, newEndpointId, defaultBranch, buildType, branch,
                    tag, eventType);
        }
    }

    private final String projectId;
    private final String pipelineId;
    private final List<Source> sources;
    private final Map<String, String> variables;
    private final List<String> chooseJobs;
    private final List<String> chooseStages;
    private final String description;

    private StartRunRequest(Builder b) {
        this.projectId = b.projectId;
        this.pipelineId = b.pipelineId;
        this.sources = List.copyOf(b.sources);
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
        this.chooseJobs = List.copyOf(b.chooseJobs);
        this.chooseStages = List.copyOf(b.chooseStages);
        this.description = b.description;
    }

    /** @param projectId the CodeArts project id; @param pipelineId the pipeline to run */
    public static Builder builder(String projectId, String pipelineId) {
        return new Builder(projectId, pipelineId);
    }

    public String projectId() {
        return projectId;
    }

    public String pipelineId() {
        return pipelineId;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Runtime variables by name, in the order given. */
    public Map<String, String> variables() {
        return variables;
    }

    public List<String> chooseJobs() {
        return chooseJobs;
    }

    public List<String> chooseStages() {
        return chooseStages;
    }

    public String description() {
        return description;
    }

    /** Variable values may be secrets: only their names are shown. */
    @Override
    public String toString() {
        return "StartRunRequest{project " + projectId + ", pipeline " + pipelineId + ", " + sources.size()
                + " sources, variables " + variables.keySet() + ", jobs " + chooseJobs + ", stages " + chooseStages
                + "}";
    }

    /** Builder; every setter checks its input and names the field in its error. */
    public static final class Builder {
        private final String projectId;
        private final String pipelineId;
        private final List<Source> sources = new ArrayList<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final List<String> chooseJobs = new ArrayList<>();
        private final List<String> chooseStages = new ArrayList<>();
        private String description;

        private Builder(String projectId, String pipelineId) {
            this.projectId = ArgumentChecks.requireText("projectId", projectId, "the CodeArts project id");
            this.pipelineId = ArgumentChecks.requireText("pipelineId", pipelineId, "the id of the pipeline to run");
        }

        public Builder source(Source source) {
            if (source == null) {
                throw new IllegalArgumentException("sources[] entry is missing; use Source.branch(url, branch) or "
                        + "Source.tag(url, tag)");
            }
            sources.add(source);
            return this;
        }

        public Builder variable(String name, String value) {
            ArgumentChecks.requireText("variables[].name", name, "the name of a runtime variable of the pipeline");
            if (value == null) {
                throw new IllegalArgumentException("variables[" + name + "].value is missing; give a value "
                        + "(an empty string is allowed)");
            }
            variables.put(name.trim(), value);
            return this;
        }

        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        public Builder chooseJob(String jobIdentifier) {
            chooseJobs.add(ArgumentChecks.requireText("choose_jobs[]", jobIdentifier, "a job identifier of the pipeline"));
            return this;
        }

        public Builder chooseStage(String stageIdentifier) {
            chooseStages.add(ArgumentChecks.requireText("choose_stages[]", stageIdentifier,
                    "a stage identifier of the pipeline"));
            return this;
        }

        public Builder description(String value) {
            this.description = value == null || value.isBlank() ? null : value;
            return this;
        }

        public StartRunRequest build() {
            return new StartRunRequest(this);
        }
    }
}
