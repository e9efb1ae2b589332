package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Repository parameters of a run's source.
 *
 * @param gitType repository type, e.g. {@code codehub}
 * @param gitUrl HTTPS repository URL
 * @param sshGitUrl SSH repository URL
 * @param webUrl web URL
 * @param repoName repository name
 * @param defaultBranch default branch
 * @param endpointId endpoint id
 * @param codehubId CodeArts Repo id
 * @param alias alias
 * @param buildParams build parameters (branch or tag to build)
 */
public record RunSourceParams(
        @JsonProperty("git_type") String gitType,
        @JsonProperty("git_url") String gitUrl,
        @JsonProperty("ssh_git_url") String sshGitUrl,
        @JsonProperty("web_url") String webUrl,
        @JsonProperty("repo_name") String repoName,
        @JsonProperty("default_branch") String defaultBranch,
        @JsonProperty("endpoint_id") String endpointId,
        @JsonProperty("codehub_id") String codehubId,
        @JsonProperty("alias") String alias,
        @JsonProperty("build_params") BuildParams buildParams) {
}
