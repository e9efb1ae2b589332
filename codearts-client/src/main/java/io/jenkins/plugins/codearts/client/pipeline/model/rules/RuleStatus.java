package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of deleteRule.
 *
 * @param status whether the call succeeded.
 */
public record RuleStatus(
        @JsonProperty("status") Boolean status) {
}
