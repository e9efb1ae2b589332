package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of showTenantRuleSetDetail and showProjectRuleSetDetail.
 *
 * @param id rule set id.
 * @param name name.
 * @param type type.
 * @param version version.
 * @param creator creator id.
 * @param createTime creation time, ISO local.
 * @param updater last updater id (the table lists update_time twice). Also read as {@code update}.
 * @param updateTime update time, ISO local.
 * @param isValid whether it is enabled.
 * @param ruleInstances rule instances.
 */
public record RuleSetDetail(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("version") String version,
        @JsonProperty("creator") String creator,
        @JsonProperty("create_time") String createTime,
        @JsonProperty("updater") @JsonAlias({"update"}) String updater,
        @JsonProperty("update_time") String updateTime,
        @JsonProperty("is_valid") Boolean isValid,
        @JsonProperty("rule_instances") List<RuleInstance> ruleInstances) {
}
