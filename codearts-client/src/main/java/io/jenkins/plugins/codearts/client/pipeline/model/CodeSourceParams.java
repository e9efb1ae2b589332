package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Repository of a pipeline source.
 *
 * @param gitType repository type, e.g. {@code codehub}
 * @param codehubId CodeArts Repo id
 * @param endpointId endpoint id
 * @param defaultBranch default branch
 * @param gitUrl HTTPS repository URL
 * @param sshGitUrl SSH repository URL
 * @param webUrl web URL
 * @param repoName repository name
 * @param alias alias, at most 128 of {@code [A-Za-z0-9_]}
 */
public record CodeSourceParams(
        @JsonProperty("git_type") String gitType,
        @JsonProperty("codehub_id") String codehubId,
        @JsonProperty("endpoint_id") String endpointId,
        @JsonProperty("default_branch") String defaultBranch,
        @JsonProperty("git_url") String gitUrl,
        @JsonProperty("ssh_git_url") String sshGitUrl,
        @JsonProperty("web_url") String webUrl,
        @JsonProperty("repo_name") String repoName,
        @JsonProperty("alias") String alias) {
}
