package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of showBasicPluginDetail (doc A 4.9.30).
 *
 * @param type type, e.g. Task.
 * @param name name.
 * @param friendlyName display name.
 * @param category service type, e.g. Test.
 * @param description description.
 * @param version version.
 * @param versionDescription version description.
 * @param inputs inputs.
 * @param outputs outputs.
 * @param execution execution.
 */
public record BasicPluginDetail(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("friendly_name") String friendlyName,
        @JsonProperty("category") String category,
        @JsonProperty("description") String description,
        @JsonProperty("version") String version,
        @JsonProperty("version_description") String versionDescription,
        @JsonProperty("inputs") List<BasicPluginInput> inputs,
        @JsonProperty("outputs") List<BasicPluginOutput> outputs,
        @JsonProperty("execution") BasicPluginExecution execution) {
}
