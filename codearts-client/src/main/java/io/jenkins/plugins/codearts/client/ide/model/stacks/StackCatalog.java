package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Stacks and all known tags.
 *
 * @param stackList stacks.
 * @param tags all tags.
 */
public record StackCatalog(
        @JsonProperty("stack_list") List<StackInfo> stackList,
        @JsonProperty("tags") List<String> tags) {
}
