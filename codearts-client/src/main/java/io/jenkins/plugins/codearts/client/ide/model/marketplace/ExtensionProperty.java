package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A property of an extension version.
 *
 * @param id id.
 * @param propertyName name.
 * @param propertyValue value.
 * @param extensionVersionId version id.
 * @param createdAt creation time.
 * @param updatedAt update time.
 */
public record ExtensionProperty(
        @JsonProperty("id") Integer id,
        @JsonProperty("property_name") String propertyName,
        @JsonProperty("property_value") String propertyValue,
        @JsonProperty("extension_version_id") String extensionVersionId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
