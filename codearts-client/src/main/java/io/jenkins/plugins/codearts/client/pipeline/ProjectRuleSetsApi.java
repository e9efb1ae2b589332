package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.PageArguments;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetBrief;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetPage;
import java.util.Objects;

/** Pipeline document chapter 4.6, project-level policies (rule sets) of a CodeArts project. */
public final class ProjectRuleSetsApi {

    private final Transport transport;

    ProjectRuleSetsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * One page of the project's rule sets ({@code GET /v2/{project_id}/rule-sets/query}).
     *
     * @throws CodeArtsInvalidArgumentException when the filter sets cloudProjectId, which this call does not take
     */
    public RuleSetPage listProjectRuleSets(String projectId, RuleSetFilter filter, int offset, int limit) {
        PageArguments.check(OperationCatalog.LIST_PROJECT_RULE_SETS, offset, limit);
        RuleSetFilter f = filter == null ? RuleSetFilter.including(false) : filter;
        if (f.cloudProjectId() != null) {
            throw new CodeArtsInvalidArgumentException(OperationCatalog.LIST_PROJECT_RULE_SETS.name(),
                    "cloud_project_id", f.cloudProjectId(),
                    "is not a parameter of this call; the project is the project_id path parameter, so leave it null");
        }
        Query query = Query.builder().add("offset", offset).add("limit", limit)
                .add("include_tenant_rule_set", f.includeTenantRuleSet()).add("name", f.name())
                .add("is_valid", f.isValid()).add("type", f.type()).build();
        return transport.execute(OperationCatalog.LIST_PROJECT_RULE_SETS, PathParams.of("project_id", projectId),
                query, null, RuleSetPage.class);
    }

    /** Every matching rule set of the project, fetched lazily {@code pageSize} at a time. */
    public PageIterable<RuleSetBrief> iterateProjectRuleSets(String projectId, RuleSetFilter filter, int pageSize) {
        return PageIterable.of(pageSize, (offset, limit) -> {
            RuleSetPage page = listProjectRuleSets(projectId, filter, Math.toIntExact(offset), limit);
            return Paged.of(page.data(), offset, limit, page.total());
        });
    }

    /** One project policy ({@code GET /v2/{project_id}/rule-sets/{rule_set_id}/gray/detail}). */
    public RuleSetDetail showProjectRuleSetDetail(String projectId, String ruleSetId) {
        return transport.execute(OperationCatalog.SHOW_PROJECT_RULE_SET_DETAIL,
                PathParams.of("project_id", projectId, "rule_set_id", ruleSetId), Query.empty(), null,
                RuleSetDetail.class);
    }
}
