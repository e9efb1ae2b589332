package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.CreateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetBrief;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetPage;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.SwitchRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.UpdateTenantRuleSetRequest;
import java.util.Objects;

/** Pipeline document chapter 4.5, tenant-level policies (rule sets). {@code domainId} is the tenant id. */
public final class TenantRuleSetsApi {

    private final Transport transport;

    TenantRuleSetsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Creates a rule set ({@code POST /v2/{domain_id}/tenant/rule-sets/create}). */
    public RuleSetChangeResult createTenantRuleSet(String domainId, CreateTenantRuleSetRequest request) {
        return transport.execute(OperationCatalog.CREATE_TENANT_RULE_SET, PathParams.of("domain_id", domainId),
                Query.empty(), RequiredFields.body(OperationCatalog.CREATE_TENANT_RULE_SET, request),
                RuleSetChangeResult.class);
    }

    /** Changes a rule set ({@code PUT /v2/{domain_id}/tenant/rule-sets/{rule_set_id}/update}). */
    public RuleSetChangeResult updateTenantRuleSet(String domainId, String ruleSetId,
            UpdateTenantRuleSetRequest request) {
        return transport.execute(OperationCatalog.UPDATE_TENANT_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(),
                RequiredFields.body(OperationCatalog.UPDATE_TENANT_RULE_SET, request), RuleSetChangeResult.class);
    }

    /**
     * One rule set ({@code GET /v2/{domain_id}/tenant/rule-sets/{rule_set_id}/detail}).
     *
     * @param cloudProjectId optional project the view is for
     */
    public RuleSetDetail showTenantRuleSetDetail(String domainId, String ruleSetId, String cloudProjectId) {
        return transport.execute(OperationCatalog.SHOW_TENANT_RULE_SET_DETAIL,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId),
                Query.of("cloud_project_id", cloudProjectId), null, RuleSetDetail.class);
    }

    /**
     * One page of rule sets ({@code GET /v2/{domain_id}/tenant/rule-sets/query}). The mandatory
     * {@code include_tenant_rule_set} is always sent, although the document's example omits it.
     */
    public RuleSetPage listTenantRuleSets(String domainId, RuleSetFilter filter, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_TENANT_RULE_SETS, offset, limit);
        RuleSetFilter f = filter == null ? RuleSetFilter.including(false) : filter;
        Query query = Query.builder().add("offset", offset).add("limit", limit)
                .add("include_tenant_rule_set", f.includeTenantRuleSet()).add("name", f.name())
                .add("is_valid", f.isValid()).add("type", f.type()).add("cloud_project_id", f.cloudProjectId()).build();
        return transport.execute(OperationCatalog.LIST_TENANT_RULE_SETS, PathParams.of("domain_id", domainId), query,
                null, RuleSetPage.class);
    }

    /** Every matching rule set, fetched lazily {@code pageSize} at a time. */
    public PageIterable<RuleSetBrief> iterateTenantRuleSets(String domainId, RuleSetFilter filter, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            RuleSetPage page = listTenantRuleSets(domainId, filter, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** Deletes a rule set ({@code DELETE /v2/{domain_id}/tenant/rule-sets/{rule_set_id}/delete}). */
    public RuleSetStatus deleteTenantRuleSet(String domainId, String ruleSetId) {
        return transport.execute(OperationCatalog.DELETE_TENANT_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(), null,
                RuleSetStatus.class);
    }

    /** Enables or disables a rule set ({@code PUT /v2/{domain_id}/tenant/rule-sets/{rule_set_id}/switch}). */
    public RuleSetChangeResult switchTenantRuleSet(String domainId, String ruleSetId, boolean enabled) {
        return transport.execute(OperationCatalog.SWITCH_TENANT_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(),
                new SwitchRuleSetRequest(enabled), RuleSetChangeResult.class);
    }
}
