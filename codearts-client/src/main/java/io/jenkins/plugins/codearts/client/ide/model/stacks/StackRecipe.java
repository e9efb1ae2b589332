package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Image recipe of a stack configuration.
 *
 * @param content image.
 * @param type recipe type, e.g. dockerimage.
 */
public record StackRecipe(
        @JsonProperty("content") String content,
        @JsonProperty("type") String type) {
}
