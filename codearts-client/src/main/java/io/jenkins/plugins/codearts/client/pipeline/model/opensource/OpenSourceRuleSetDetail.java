package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of showTenantOpenSourceRuleSetDetail and showProjectOpenSourceRuleSetDetail.
 *
 * @param id policy id.
 * @param name name.
 * @param level tenant or project.
 * @param parentId parent policy id.
 * @param version version.
 * @param isValid whether it is enabled.
 * @param isPublic whether it is a system policy.
 * @param creator creator id.
 * @param createTime creation time, ISO local.
 * @param updater last updater id (the table describes update_time as the updater; examples send update). Also read as {@code update}.
 * @param updateTime update time, ISO local.
 * @param content policy content.
 */
public record OpenSourceRuleSetDetail(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("level") String level,
        @JsonProperty("parent_id") String parentId,
        @JsonProperty("version") String version,
        @JsonProperty("is_valid") Boolean isValid,
        @JsonProperty("is_public") Boolean isPublic,
        @JsonProperty("creator") String creator,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("updater") @JsonAlias({"update"}) String updater,
        @JsonProperty("update_time") String updateTime,
        @JsonProperty("content") OpenSourceRuleContent content) {
}
