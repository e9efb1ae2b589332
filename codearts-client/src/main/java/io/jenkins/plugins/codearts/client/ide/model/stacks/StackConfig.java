package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stack configuration for one architecture (StacksConfig).
 *
 * @param attributes offered sizes.
 * @param recipe image recipe.
 */
public record StackConfig(
        @JsonProperty("attributes") StackAttributes attributes,
        @JsonProperty("recipe") StackRecipe recipe) {
}
