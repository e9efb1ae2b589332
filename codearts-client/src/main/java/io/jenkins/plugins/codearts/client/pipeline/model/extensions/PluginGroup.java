package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A business-type group of plug-ins.
 *
 * @param pluginsList plug-ins.
 * @param displayName display name.
 * @param businessType business type.
 * @param uniqueId unique id.
 * @param conditions conditions.
 * @param addables addable flags.
 * @param editable whether it is editable.
 * @param removable whether it is removable.
 * @param cloneable whether it is cloneable.
 * @param disabled whether it is disabled.
 */
public record PluginGroup(
        @JsonProperty("plugins_list") List<PluginListItem> pluginsList,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("conditions") List<String> conditions,
        @JsonProperty("addables") List<Map<String,Boolean>> addables,
        @JsonProperty("editable") Boolean editable,
        @JsonProperty("removable") Boolean removable,
        @JsonProperty("cloneable") Boolean cloneable,
        @JsonProperty("disabled") Boolean disabled) {
}
