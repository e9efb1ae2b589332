package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleChangeResult;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RulePage;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleSummary;
import java.util.Objects;

/** Pipeline document chapter 4.4, rule management. {@code domainId} is the tenant (account) id. */
public final class RulesApi {

    private final Transport transport;

    RulesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** One rule ({@code GET /v2/{domain_id}/rules/{rule_id}/detail}). */
    public RuleDetail showRuleDetail(String domainId, String ruleId) {
        return transport.execute(OperationCatalog.SHOW_RULE_DETAIL,
                PathParams.of("domain_id", domainId, "rule_id", ruleId), Query.empty(), null, RuleDetail.class);
    }

    /**
     * One page of rules ({@code GET /v2/{domain_id}/rules/query}).
     *
     * @param cloudProjectId optional project filter
     * @param type optional rule type filter (Build, Gate, Deploy, Test, Normal)
     * @param name optional fuzzy name filter
     * @param offset mandatory, at least 0
     * @param limit mandatory page size
     */
    public RulePage listRules(String domainId, String cloudProjectId, String type, String name, int offset,
            int limit) {
        PageArguments.check(OperationCatalog.LIST_RULES, offset, limit);
        Query query = Query.builder().add("cloud_project_id", cloudProjectId).add("offset", offset)
                .add("limit", limit).add("type", type).add("name", name).build();
        return transport.execute(OperationCatalog.LIST_RULES, PathParams.of("domain_id", domainId), query, null,
                RulePage.class);
    }

    /** Every matching rule, fetched lazily {@code pageSize} at a time. */
    public PageIterable<RuleSummary> iterateRules(String domainId, String cloudProjectId, String type, String name,
            int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            RulePage page = listRules(domainId, cloudProjectId, type, name, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** Updates a rule ({@code PUT /v2/{domain_id}/rules/{rule_id}/update}). */
    public RuleChangeResult updateRule(String domainId, String ruleId, RuleRequest request) {
        return transport.execute(OperationCatalog.UPDATE_RULE, PathParams.of("domain_id", domainId, "rule_id", ruleId),
                Query.empty(), RequiredFields.body(OperationCatalog.UPDATE_RULE, request), RuleChangeResult.class);
    }

    /** Deletes a rule ({@code DELETE /v2/{domain_id}/rules/{rule_id}/delete}). */
    public RuleStatus deleteRule(String domainId, String ruleId) {
        return transport.execute(OperationCatalog.DELETE_RULE, PathParams.of("domain_id", domainId, "rule_id", ruleId),
                Query.empty(), null, RuleStatus.class);
    }

    /** Creates a rule ({@code POST /v2/{domain_id}/rules/create}). */
    public RuleChangeResult createRule(String domainId, RuleRequest request) {
        return transport.execute(OperationCatalog.CREATE_RULE, PathParams.of("domain_id", domainId), Query.empty(),
                RequiredFields.body(OperationCatalog.CREATE_RULE, request), RuleChangeResult.class);
    }
}
