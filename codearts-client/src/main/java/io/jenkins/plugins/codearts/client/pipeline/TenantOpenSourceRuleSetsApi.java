package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.CreateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetPage;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.UpdateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.SwitchRuleSetRequest;
import java.util.Objects;

/** Pipeline document chapter 4.7, tenant-level open-source governance policies. {@code domainId} is the tenant id. */
public final class TenantOpenSourceRuleSetsApi {

    private final Transport transport;

    TenantOpenSourceRuleSetsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Creates a policy ({@code POST /v2/{domain_id}/tenant/open-source/rule-sets/create}). */
    public RuleSetChangeResult createTenantOpenSourceRuleSet(String domainId,
            CreateTenantOpenSourceRuleSetRequest request) {
        return transport.execute(OperationCatalog.CREATE_TENANT_OPEN_SOURCE_RULE_SET,
                PathParams.of("domain_id", domainId), Query.empty(),
                RequiredFields.body(OperationCatalog.CREATE_TENANT_OPEN_SOURCE_RULE_SET, request),
                RuleSetChangeResult.class);
    }

    /** Changes a policy ({@code PUT /v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/update}). */
    public RuleSetChangeResult updateTenantOpenSourceRuleSet(String domainId, String ruleSetId,
            UpdateTenantOpenSourceRuleSetRequest request) {
        return transport.execute(OperationCatalog.UPDATE_TENANT_OPEN_SOURCE_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(),
                RequiredFields.body(OperationCatalog.UPDATE_TENANT_OPEN_SOURCE_RULE_SET, request),
                RuleSetChangeResult.class);
    }

    /** One policy ({@code GET /v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/detail}). */
    public OpenSourceRuleSetDetail showTenantOpenSourceRuleSetDetail(String domainId, String ruleSetId) {
        return transport.execute(OperationCatalog.SHOW_TENANT_OPEN_SOURCE_RULE_SET_DETAIL,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(), null,
                OpenSourceRuleSetDetail.class);
    }

    /**
     * One page of policies ({@code GET /v2/{domain_id}/tenant/open-source/rule-sets/query}); the server's defaults
     * are offset 0 and limit 15.
     */
    public OpenSourceRuleSetPage listTenantOpenSourceRuleSets(String domainId, String name, String creatorName,
            int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_TENANT_OPEN_SOURCE_RULE_SETS, offset, limit);
        Query query = Query.builder().add("name", name).add("creator_name", creatorName).add("limit", limit)
                .add("offset", offset).build();
        return transport.execute(OperationCatalog.LIST_TENANT_OPEN_SOURCE_RULE_SETS,
                PathParams.of("domain_id", domainId), query, null, OpenSourceRuleSetPage.class);
    }

    /** Every matching policy, fetched lazily {@code pageSize} at a time. */
    public PageIterable<OpenSourceRuleSetSummary> iterateTenantOpenSourceRuleSets(String domainId, String name,
            String creatorName, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            OpenSourceRuleSetPage page = listTenantOpenSourceRuleSets(domainId, name, creatorName,
                    Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** Deletes a policy ({@code DELETE /v2/{domain_id}/tenant/open-source/rule-sets/{rule_set_id}/delete}). */
    public RuleSetStatus deleteTenantOpenSourceRuleSet(String domainId, String ruleSetId) {
        return transport.execute(OperationCatalog.DELETE_TENANT_OPEN_SOURCE_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(), null,
                RuleSetStatus.class);
    }

    /**
     * Enables or disables a policy ({@code PUT .../open-source/rule-sets/{rule_set_id}/switch}; the document's example
     * uses POST, the template PUT, which this client sends).
     */
    public RuleSetChangeResult switchTenantOpenSourceRuleSet(String domainId, String ruleSetId, boolean enabled) {
        return transport.execute(OperationCatalog.SWITCH_TENANT_OPEN_SOURCE_RULE_SET,
                PathParams.of("domain_id", domainId, "rule_set_id", ruleSetId), Query.empty(),
                new SwitchRuleSetRequest(enabled), RuleSetChangeResult.class);
    }
}
