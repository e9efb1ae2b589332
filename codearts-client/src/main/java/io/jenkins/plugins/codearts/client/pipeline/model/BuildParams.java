package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Source build parameters of a run (the document's BuildParams): branch or tag, commit, merge request.
 *
 * @param action merge request event type
 * @param buildType {@code branch} or {@code tag}
 * @param commitId commit id
 * @param eventType event type, e.g. {@code Manual}
 * @param mergeId merge request id
 * @param message commit message
 * @param sourceBranch source branch
 * @param tag tag
 * @param targetBranch target branch
 * @param codehubId CodeArts Repo id
 * @param gitUrl HTTPS repository URL
 * @param sourceCodehubId source repository id
 * @param sourceCodehubUrl source repository URL
 * @param sourceCodehubHttpUrl source repository HTTP URL
 */
public record BuildParams(
        @JsonProperty("action") String action,
        @JsonProperty("build_type") String buildType,
        @JsonProperty("commit_id") String commitId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("merge_id") String mergeId,
        @JsonProperty("message") String message,
        @JsonProperty("source_branch") String sourceBranch,
        @JsonProperty("tag") String tag,
        @JsonProperty("target_branch") String targetBranch,
        @JsonProperty("codehub_id") String codehubId,
        @JsonProperty("git_url") String gitUrl,
        @JsonProperty("source_codehub_id") String sourceCodehubId,
        @JsonProperty("source_codehub_url") String sourceCodehubUrl,
        @JsonProperty("source_codehub_http_url") String sourceCodehubHttpUrl) {
}
