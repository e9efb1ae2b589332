package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A policy in a list (SimpleOpenSourceRuleSetVO).
 *
 * @param id policy id.
 * @param name name.
 * @param level tenant or project.
 * @param isValid whether it is enabled.
 * @param version version.
 * @param operator last operator.
 * @param isPublic whether it is a system policy.
 * @param isLegacy whether it is a legacy policy.
 * @param operateTime last operation time, epoch ms.
 */
public record OpenSourceRuleSetSummary(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("level") String level,
        @JsonProperty("is_valid") Boolean isValid,
        @JsonProperty("version") String version,
        @JsonProperty("operator") String operator,
        @JsonProperty("is_public") Boolean isPublic,
        @JsonProperty("is_legacy") Boolean isLegacy,
        @JsonProperty("operate_time") Long operateTime) {
}
