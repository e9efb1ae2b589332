package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Artifact parameters of a run.
 *
 * @param version version
 * @param branchFilter branch filter
 * @param packageName package name
 * @param organization Docker organisation
 */
public record ArtifactParams(
        @JsonProperty("version") String version,
        @JsonProperty("branch_filter") String branchFilter,
        @JsonProperty("package_name") String packageName,
        @JsonProperty("organization") String organization) {
}
