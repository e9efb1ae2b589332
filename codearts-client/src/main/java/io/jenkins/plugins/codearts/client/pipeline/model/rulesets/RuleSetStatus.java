package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of delete calls on rule sets.
 *
 * @param status whether the call succeeded.
 */
public record RuleSetStatus(
        @JsonProperty("status") Boolean status) {
}
