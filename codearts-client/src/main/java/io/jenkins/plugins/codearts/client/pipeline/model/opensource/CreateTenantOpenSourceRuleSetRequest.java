package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createTenantOpenSourceRuleSet (doc A 4.7.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name policy name (mandatory).
 * @param content policy content (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTenantOpenSourceRuleSetRequest(
        @JsonProperty("name") String name,
        @JsonProperty("content") OpenSourceRuleContent content) {

    public CreateTenantOpenSourceRuleSetRequest {
        RequiredFields.check(name, "name", "createTenantOpenSourceRuleSet", "CreateTenantOpenSourceRuleSetRequest");
        RequiredFields.check(content, "content", "createTenantOpenSourceRuleSet", "CreateTenantOpenSourceRuleSetRequest");
    }
}
