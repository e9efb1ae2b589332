package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listRules.
 *
 * @param data rules on this page.
 * @param total total number of rules.
 */
public record RulePage(
        @JsonProperty("data") List<RuleSummary> data,
        @JsonProperty("total") Integer total) {
}
