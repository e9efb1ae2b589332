package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code runPipeline}; every field is optional. An empty request runs the pipeline with its defaults.
 *
 * @param sources      sources overriding the branch or tag to build
 * @param description  run description
 * @param variables    run-time values of custom parameters
 * @param chooseJobs   identifiers of the jobs to run (all when null)
 * @param chooseStages identifiers of the stages to run (all when null)
 */
public record RunPipelineRequest(
        @JsonProperty("sources") List<RunSource> sources,
        @JsonProperty("description") String description,
        @JsonProperty("variables") List<RunVariable> variables,
        @JsonProperty("choose_jobs") List<String> chooseJobs,
        @JsonProperty("choose_stages") List<String> chooseStages) {

    /** Runs the pipeline as configured. */
    public static RunPipelineRequest defaults() {
        return new RunPipelineRequest(null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<RunSource> sources = new ArrayList<>();
        private String description;
        private final List<RunVariable> variables = new ArrayList<>();
        private List<String> chooseJobs;
        private List<String> chooseStages;

        private Builder() {
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder variable(String name, String value) {
            variables.add(new RunVariable(name, value));
            return this;
        }

        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        /** Builds {@code branch} of the CodeArts Repo repository at {@code gitUrl}. */
        public Builder branch(String gitUrl, String codehubId, String branch) {
            return source(gitUrl, codehubId, new BuildParams(null, "branch", null, "Manual", null, null, null, null,
                    branch, null, null, null, null, null), branch);
        }

        /** Builds {@code tag} of the CodeArts Repo repository at {@code gitUrl}. */
        public Builder tag(String gitUrl, String codehubId, String tag) {
            return source(gitUrl, codehubId, new BuildParams(null, "tag", null, "Manual", null, null, null, tag,
                    null, null, null, null, null, null), null);
        }

        private Builder source(String gitUrl, String codehubId, BuildParams buildParams, String defaultBranch) {
            sources.add(new RunSource("code", new RunSourceParams("codehub", gitUrl, null, null, null, defaultBranch,
                    null, codehubId, null, buildParams)));
            return this;
        }

        public Builder source(RunSource source) {
            sources.add(source);
            return this;
        }

        public Builder chooseJobs(List<String> jobIdentifiers) {
            this.chooseJobs = List.copyOf(jobIdentifiers);
            return this;
        }

        public Builder chooseStages(List<String> stageIdentifiers) {
            this.chooseStages = List.copyOf(stageIdentifiers);
            return this;
        }

        public RunPipelineRequest build() {
            return new RunPipelineRequest(sources.isEmpty() ? null : List.copyOf(sources), description,
                    variables.isEmpty() ? null : List.copyOf(variables), chooseJobs, chooseStages);
        }
    }
}
