package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A blocked or allowed component version.
 *
 * @param enable whether the rule is enabled.
 * @param ecosystem ecosystem, e.g. Maven.
 * @param packageName package name.
 * @param packageVersion package version.
 * @param description description.
 * @param predicate predicate, e.g. eq.
 */
public record VersionRule(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("ecosystem") String ecosystem,
        @JsonProperty("package_name") String packageName,
        @JsonProperty("package_version") String packageVersion,
        @JsonProperty("description") String description,
        @JsonProperty("predicate") String predicate) {
}
