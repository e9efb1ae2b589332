package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetPage;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleSetSummary;
import java.util.Objects;

/** Pipeline document chapter 4.8, project-level open-source governance policies. */
public final class ProjectOpenSourceRuleSetsApi {

    private final Transport transport;

    ProjectOpenSourceRuleSetsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** One policy ({@code GET /v2/{project_id}/open-source/rule-sets/{rule_set_id}/detail}). */
    public OpenSourceRuleSetDetail showProjectOpenSourceRuleSetDetail(String projectId, String ruleSetId) {
        return transport.execute(OperationCatalog.SHOW_PROJECT_OPEN_SOURCE_RULE_SET_DETAIL,
                PathParams.of("project_id", projectId, "rule_set_id", ruleSetId), Query.empty(), null,
                OpenSourceRuleSetDetail.class);
    }

    /**
     * One page of the project's policies ({@code GET /v2/{project_id}/open-source/rule-sets/query}).
     *
     * @param includeTenantRuleSet mandatory: whether to include the owning tenant's policies
     */
    public OpenSourceRuleSetPage listProjectOpenSourceRuleSets(String projectId, boolean includeTenantRuleSet,
            String name, String creatorName, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_PROJECT_OPEN_SOURCE_RULE_SETS, offset, limit);
        Query query = Query.builder().add("name", name).add("creator_name", creatorName)
                .add("include_tenant_rule_set", includeTenantRuleSet).add("limit", limit).add("offset", offset).build();
        return transport.execute(OperationCatalog.LIST_PROJECT_OPEN_SOURCE_RULE_SETS,
                PathParams.of("project_id", projectId), query, null, OpenSourceRuleSetPage.class);
    }

    /** Every matching policy of the project, fetched lazily {@code pageSize} at a time. */
    public PageIterable<OpenSourceRuleSetSummary> iterateProjectOpenSourceRuleSets(String projectId,
            boolean includeTenantRuleSet, String name, String creatorName, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            OpenSourceRuleSetPage page = listProjectOpenSourceRuleSets(projectId, includeTenantRuleSet, name,
                    creatorName, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }
}
