package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listTenantRuleSets or listProjectRuleSets.
 *
 * @param data rule sets on this page.
 * @param total total number of rule sets.
 */
public record RuleSetPage(
        @JsonProperty("data") List<RuleSetBrief> data,
        @JsonProperty("total") Long total) {
}
