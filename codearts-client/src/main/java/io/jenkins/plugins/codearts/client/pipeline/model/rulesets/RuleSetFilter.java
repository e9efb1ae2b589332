package io.jenkins.plugins.codearts.client.pipeline.model.rulesets;

/**
 * Query filters of listTenantRuleSets and listProjectRuleSets (sent as query parameters, not JSON).
 *
 * @param includeTenantRuleSet mandatory: whether to include the tenant's rule sets ({@code include_tenant_rule_set})
 * @param name optional fuzzy name filter
 * @param isValid optional enabled filter ({@code is_valid})
 * @param type optional type filter
 * @param cloudProjectId optional project filter ({@code cloud_project_id}); only listTenantRuleSets documents it
 */
public record RuleSetFilter(boolean includeTenantRuleSet, String name, Boolean isValid, String type,
        String cloudProjectId) {

    /** Only the mandatory flag set. */
    public static RuleSetFilter including(boolean includeTenantRuleSet) {
        return new RuleSetFilter(includeTenantRuleSet, null, null, null, null);
    }
}
