package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An artifact of a run (the document's keys are camelCase here; the snake_case spellings the rest of the API uses are
 * accepted too).
 *
 * @param name name
 * @param packageType type
 * @param version version
 * @param downloadUrl download URL
 */
public record PackageInfo(
        @JsonProperty("name") String name,
        @JsonProperty("packageType") @JsonAlias("package_type") String packageType,
        @JsonProperty("version") String version,
        @JsonProperty("downloadUrl") @JsonAlias("download_url") String downloadUrl) {
}
