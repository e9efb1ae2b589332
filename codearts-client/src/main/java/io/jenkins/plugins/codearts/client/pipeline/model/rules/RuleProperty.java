package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A judged property of a rule.
 *
 * @param key property key, e.g. build.PassRatio.
 * @param type property type, e.g. judge.
 * @param name display name.
 * @param operator comparison operator, e.g. = or >=.
 * @param value threshold value.
 * @param valueType value type, e.g. float.
 */
public record RuleProperty(
        @JsonProperty("key") String key,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("operator") String operator,
        @JsonProperty("value") String value,
        @JsonProperty("value_type") String valueType) {
}
