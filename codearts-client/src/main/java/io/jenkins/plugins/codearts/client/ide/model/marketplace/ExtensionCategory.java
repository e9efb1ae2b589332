package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A marketplace category.
 *
 * @param id id.
 * @param category category name.
 * @param sceneName scene, e.g. cloudide.
 * @param type data source.
 * @param supportId supported IDE.
 */
public record ExtensionCategory(
        @JsonProperty("id") Long id,
        @JsonProperty("category") String category,
        @JsonProperty("scene_name") String sceneName,
        @JsonProperty("type") Integer type,
        @JsonProperty("support_id") Integer supportId) {
}
