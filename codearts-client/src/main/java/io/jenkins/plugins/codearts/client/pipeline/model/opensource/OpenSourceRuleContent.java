package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Content of an open-source governance policy.
 *
 * @param versionSet component-version rules.
 * @param security vulnerability rules.
 * @param license licence rules.
 */
public record OpenSourceRuleContent(
        @JsonProperty("version_set") VersionSetPolicy versionSet,
        @JsonProperty("security") SecurityPolicy security,
        @JsonProperty("license") LicensePolicy license) {
}
