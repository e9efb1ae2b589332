package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of switchTenantRuleSet and switchTenantOpenSourceRuleSet.
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param isValid true to enable, false to disable (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SwitchRuleSetRequest(
        @JsonProperty("is_valid") Boolean isValid) {

    public SwitchRuleSetRequest {
        RequiredFields.check(isValid, "is_valid", "switchTenantRuleSet/switchTenantOpenSourceRuleSet", "SwitchRuleSetRequest");
    }
}
