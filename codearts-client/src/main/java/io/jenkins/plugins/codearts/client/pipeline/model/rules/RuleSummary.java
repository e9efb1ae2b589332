package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule in the listRules page.
 *
 * @param id rule id.
 * @param type rule type.
 * @param name rule name.
 * @param version rule version.
 * @param operator last operator.
 * @param operateTime last operation time, epoch ms.
 */
public record RuleSummary(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("operator") String operator,
        @JsonProperty("operate_time") Long operateTime) {
}
