package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Vulnerability rules.
 *
 * @param severity severities that fail the check.
 * @param cve CVE ids that fail the check.
 */
public record SecurityRules(
        @JsonProperty("severity") ValueSwitch severity,
        @JsonProperty("cve") ValueSwitch cve) {
}
