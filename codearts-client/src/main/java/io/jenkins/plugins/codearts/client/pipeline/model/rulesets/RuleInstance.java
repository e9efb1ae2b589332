package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleContent;
import java.util.List;

/**
 * A rule instance inside a rule set.
 *
 * @param id instance id.
 * @param type rule type.
 * @param name rule name.
 * @param version version.
 * @param pluginId plug-in id.
 * @param pluginName plug-in name.
 * @param pluginVersion plug-in version.
 * @param isValid whether it is enabled.
 * @param editable whether it may be edited.
 * @param content property groups.
 * @param parent rule set it is inherited from.
 */
public record RuleInstance(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("plugin_id") String pluginId,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("plugin_version") String pluginVersion,
        @JsonProperty("is_valid") Boolean isValid,
        @JsonProperty("editable") Boolean editable,
        @JsonProperty("content") List<RuleContent> content,
        @JsonProperty("parent") RuleSetBrief parent) {
}
