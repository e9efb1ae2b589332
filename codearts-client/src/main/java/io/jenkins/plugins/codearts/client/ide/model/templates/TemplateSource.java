package io.jenkins.plugins.codearts.client.ide.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Where a template's code comes from.
 *
 * @param location git URL.
 * @param parameters parameters.
 * @param type source type, e.g. git.
 */
public record TemplateSource(
        @JsonProperty("location") String location,
        @JsonProperty("parameters") Map<String,String> parameters,
        @JsonProperty("type") String type) {
}
