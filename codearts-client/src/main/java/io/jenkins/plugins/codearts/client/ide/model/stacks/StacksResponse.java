package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the deprecated listStacks (doc B 8.1.1).
 *
 * @param stack stacks.
 * @param status success.
 */
public record StacksResponse(
        @JsonProperty("stack") DeprecatedStackCatalog stack,
        @JsonProperty("status") String status) {
}
