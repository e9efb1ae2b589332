package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An input of a plug-in version being created or edited.
 *
 * @param name input name.
 * @param defaultValue default value.
 * @param type input type.
 * @param validation validation rule.
 * @param layoutContent layout content.
 */
public record PluginInputInfo(
        @JsonProperty("name") String name,
        @JsonProperty("default_value") String defaultValue,
        @JsonProperty("type") String type,
        @JsonProperty("validation") String validation,
        @JsonProperty("layout_content") String layoutContent) {
}
