package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of updateTenantRuleSet (doc A 4.5.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name new name.
 * @param rules rules of the set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTenantRuleSetRequest(
        @JsonProperty("name") String name,
        @JsonProperty("rules") List<RuleSetRuleRef> rules) {
}
