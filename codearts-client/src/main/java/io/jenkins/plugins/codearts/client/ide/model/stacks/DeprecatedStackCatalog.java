package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Stacks of the deprecated listStacks call.
 *
 * @param stackList stacks.
 * @param tags all tags.
 */
public record DeprecatedStackCatalog(
        @JsonProperty("stack_list") List<DeprecatedStack> stackList,
        @JsonProperty("tags") List<String> tags) {
}
