package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Sizes offered by a stack configuration.
 *
 * @param specs cpu_memory options.
 * @param suggest suggested size.
 * @param suggestTitle suggestion title.
 * @param volumes pvc_quantity options.
 */
public record StackAttributes(
        @JsonProperty("specs") List<String> specs,
        @JsonProperty("suggest") String suggest,
        @JsonProperty("suggest_title") String suggestTitle,
        @JsonProperty("volumes") List<String> volumes) {
}
