package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule set in a list, and the parent of a rule instance.
 *
 * @param id rule set id.
 * @param name name.
 * @param type type.
 * @param version version.
 * @param operator last operator.
 * @param operateTime last operation time, epoch ms.
 * @param isValid whether it is enabled.
 * @param level tenant or project.
 * @param isPublic whether it is a system-level set.
 */
public record RuleSetBrief(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("version") String version,
        @JsonProperty("operator") String operator,
        @JsonProperty("operate_time") Long operateTime,
        @JsonProperty("is_valid") Boolean isValid,
        @JsonProperty("level") String level,
        @JsonProperty("is_public") Boolean isPublic) {
}
