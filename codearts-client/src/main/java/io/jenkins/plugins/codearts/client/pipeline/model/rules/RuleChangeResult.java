package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createRule and updateRule.
 *
 * @param status whether the call succeeded.
 * @param ruleId rule id.
 */
public record RuleChangeResult(
        @JsonProperty("status") Boolean status,
        @JsonProperty("rule_id") String ruleId) {
}
