package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An input of a plug-in version.
 *
 * @param uniqueId unique id.
 * @param name input name.
 * @param defaultValue default value.
 * @param pluginName plug-in name.
 * @param version version.
 * @param type type.
 * @param workspaceId workspace id.
 * @param validation validation.
 * @param layoutContent layout content.
 * @param label label (example only).
 * @param description description (example only).
 * @param required "true" when mandatory (example only).
 * @param frontDataProp front-end data property (example only).
 * @param extendProp extended properties (example only).
 */
public record PluginInputDefinition(
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("name") String name,
        @JsonProperty("default_value") String defaultValue,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("version") String version,
        @JsonProperty("type") String type,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("validation") ExtensionValidation validation,
        @JsonProperty("layout_content") String layoutContent,
        @JsonProperty("label") String label,
        @JsonProperty("description") String description,
        @JsonProperty("required") String required,
        @JsonProperty("front_data_prop") String frontDataProp,
        @JsonProperty("extend_prop") ExtensionExtendProp extendProp) {
}
