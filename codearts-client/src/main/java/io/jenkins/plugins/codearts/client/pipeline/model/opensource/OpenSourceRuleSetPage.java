package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of open-source policies.
 *
 * @param total total number of policies.
 * @param data policies on this page.
 */
public record OpenSourceRuleSetPage(
        @JsonProperty("total") Integer total,
        @JsonProperty("data") List<OpenSourceRuleSetSummary> data) {
}
