package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An input of a basic plug-in.
 *
 * @param name name.
 * @param type type.
 * @param label label.
 * @param description description.
 * @param defaultValue default value.
 * @param required whether it is mandatory.
 * @param extendProp extended properties.
 * @param validation validation.
 */
public record BasicPluginInput(
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("label") String label,
        @JsonProperty("description") String description,
        @JsonProperty("default_value") String defaultValue,
        @JsonProperty("required") Boolean required,
        @JsonProperty("extend_prop") ExtensionExtendProp extendProp,
        @JsonProperty("validation") ExtensionValidation validation) {
}
