package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Vulnerability part of an open-source policy.
 *
 * @param enable whether this part is enabled.
 * @param rules vulnerability rules.
 */
public record SecurityPolicy(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("rules") SecurityRules rules) {
}
