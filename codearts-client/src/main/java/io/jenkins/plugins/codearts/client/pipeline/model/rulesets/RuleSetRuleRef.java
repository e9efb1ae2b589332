package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule instance referenced by a rule set.
 *
 * @param id rule instance id.
 * @param isValid whether the rule is enabled.
 */
public record RuleSetRuleRef(
        @JsonProperty("id") String id,
        @JsonProperty("is_valid") Boolean isValid) {
}
