package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of createTenantRuleSet (doc A 4.5.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name rule set name (mandatory).
 * @param rules rules of the set (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTenantRuleSetRequest(
        @JsonProperty("name") String name,
        @JsonProperty("rules") List<RuleSetRuleRef> rules) {

    public CreateTenantRuleSetRequest {
        RequiredFields.check(name, "name", "createTenantRuleSet", "CreateTenantRuleSetRequest");
        RequiredFields.check(rules, "rules", "createTenantRuleSet", "CreateTenantRuleSetRequest");
    }
}
