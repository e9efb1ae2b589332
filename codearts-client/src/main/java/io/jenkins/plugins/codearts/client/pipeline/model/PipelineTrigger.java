package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A code-event trigger of a pipeline. {@link #toString()} hides the security token.
 *
 * @param pipelineId pipeline id
 * @param gitUrl repository URL
 * @param gitType repository type
 * @param isAutoCommit auto commit
 * @param events events
 * @param hookId hook id
 * @param repoId repository id
 * @param endpointId endpoint id
 * @param callbackUrl callback URL
 * @param securityToken webhook secret
 */
public record PipelineTrigger(
        @JsonProperty("pipeline_id") String pipelineId,
        @JsonProperty("git_url") String gitUrl,
        @JsonProperty("git_type") String gitType,
        @JsonProperty("is_auto_commit") Boolean isAutoCommit,
        @JsonProperty("events") List<TriggerEvent> events,
        @JsonProperty("hook_id") String hookId,
        @JsonProperty("repo_id") String repoId,
        @JsonProperty("endpoint_id") String endpointId,
        @JsonProperty("callback_url") String callbackUrl,
        @JsonProperty("security_token") String securityToken) {

    @Override
    public String toString() {
        return "PipelineTrigger[pipelineId=" + pipelineId + ", gitUrl=" + gitUrl + ", gitType=" + gitType
                + ", events=" + events + ", hookId=" + hookId + ", securityToken=" + (securityToken == null ? null : "****")
                + "]";
    }
}
