package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of create, update and switch calls on rule sets.
 *
 * @param status whether the call succeeded.
 * @param ruleSetId rule set id.
 */
public record RuleSetChangeResult(
        @JsonProperty("status") Boolean status,
        @JsonProperty("rule_set_id") String ruleSetId) {
}
