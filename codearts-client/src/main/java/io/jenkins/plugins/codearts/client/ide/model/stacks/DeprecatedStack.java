package io.jenkins.plugins.codearts.client.ide.model.stacks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stack of the deprecated listStacks call (Stacks).
 *
 * @param armConfig arm configuration.
 * @param config x86 configuration.
 * @param creator creator.
 * @param description description.
 * @param disable whether it is disabled.
 * @param id numeric id.
 * @param label label.
 * @param logo logo.
 * @param name name.
 * @param scope scope, e.g. general.
 * @param stackId stack id, e.g. all.
 * @param tags tags.
 */
public record DeprecatedStack(
        @JsonProperty("arm_config") StackConfig armConfig,
        @JsonProperty("config") StackConfig config,
        @JsonProperty("creator") String creator,
        @JsonProperty("description") String description,
        @JsonProperty("disable") Boolean disable,
        @JsonProperty("id") Long id,
        @JsonProperty("label") String label,
        @JsonProperty("logo") String logo,
        @JsonProperty("name") String name,
        @JsonProperty("scope") String scope,
        @JsonProperty("stack_id") String stackId,
        @JsonProperty("tags") List<String> tags) {
}
