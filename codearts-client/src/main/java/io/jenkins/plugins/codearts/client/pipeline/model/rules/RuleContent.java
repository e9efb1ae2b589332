package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A property group of a rule.
 *
 * @param groupName group name.
 * @param type group type (rule instances only).
 * @param canModifyWhenInherit whether inheriting rule sets may change it.
 * @param properties properties.
 */
public record RuleContent(
        @JsonProperty("group_name") String groupName,
        @JsonProperty("type") String type,
        @JsonProperty("can_modify_when_inherit") Boolean canModifyWhenInherit,
        @JsonProperty("properties") List<RuleProperty> properties) {
}
