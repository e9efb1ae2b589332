package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An artifact of a run (the document's keys are camelCase here).
 *
 * @param name name
 * @param packageType type
 * @param version version
 * @param downloadUrl download URL
 */
public record PackageInfo(
        @JsonProperty("name") String name,
        @JsonProperty("packageType") String packageType,
        @JsonProperty("version") String version,
        @JsonProperty("downloadUrl") String downloadUrl) {
}
