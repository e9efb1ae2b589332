package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of showRuleDetail (doc A 4.4.1).
 *
 * @param id rule id.
 * @param type rule type (Build, Gate, Deploy, Test, Normal).
 * @param name rule name.
 * @param version rule version.
 * @param layoutContent layout content.
 * @param pluginId plug-in id.
 * @param pluginName plug-in name.
 * @param pluginVersion plug-in version.
 * @param content property groups (the example gives one object).
 * @param creator creator id.
 * @param createTime creation time, ISO local.
 * @param updater last updater id (only in the example). Also read as {@code update}.
 * @param updateTime update time, ISO local.
 */
public record RuleDetail(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("version") String version,
        @JsonProperty("layout_content") String layoutContent,
        @JsonProperty("plugin_id") String pluginId,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("plugin_version") String pluginVersion,
        @JsonProperty("content") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<RuleContent> content,
        @JsonProperty("creator") String creator,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("updater") @JsonAlias({"update"}) String updater,
        @JsonProperty("update_time") String updateTime) {
}
