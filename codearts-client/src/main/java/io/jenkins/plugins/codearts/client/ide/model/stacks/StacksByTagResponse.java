package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of listStacksByTag (doc B 4.2.1).
 *
 * @param stack stacks.
 * @param status success.
 */
public record StacksByTagResponse(
        @JsonProperty("stack") StackCatalog stack,
        @JsonProperty("status") String status) {
}
