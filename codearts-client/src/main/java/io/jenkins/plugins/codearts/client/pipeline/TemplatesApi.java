package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PageIterable;
import io.jenkins.plugins.codearts.client.Paged;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.ListPipelineTemplatesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateId;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplatePage;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateSummary;
import java.util.Objects;

/**
 * Pipeline document chapter 4.1, template management. Templates belong to a tenant: {@code tenantId} is the account
 * (domain) id, not a CodeArts project id.
 */
public final class TemplatesApi {

    private final Transport transport;

    TemplatesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** One page of templates ({@code POST /v5/{tenant_id}/api/pipeline-templates/list}). */
    public PipelineTemplatePage listPipelineTemplates(String tenantId, ListPipelineTemplatesRequest request) {
        return transport.execute(OperationCatalog.LIST_PIPELINE_TEMPLATES, PathParams.of("tenant_id", tenantId),
                Query.empty(), request == null ? ListPipelineTemplatesRequest.builder().build() : request,
                PipelineTemplatePage.class);
    }

    /**
     * Every template matching {@code filter}, fetched lazily {@code pageSize} at a time; the filter's own offset and
     * limit are replaced.
     */
    public PageIterable<PipelineTemplateSummary> iteratePipelineTemplates(String tenantId,
            ListPipelineTemplatesRequest filter, int pageSize) {
        ListPipelineTemplatesRequest base = filter == null ? ListPipelineTemplatesRequest.builder().build() : filter;
        return PageIterable.of(pageSize, (offset, limit) -> {
            PipelineTemplatePage page = listPipelineTemplates(tenantId, new ListPipelineTemplatesRequest(
                    base.language(), base.isSystem(), base.name(), offset, (long) limit, base.sortKey(),
                            base.sortDir()));
            return Paged.of(page.templates(), offset, limit, page.total());
        });
    }

    /** Creates a template ({@code POST /v5/{tenant_id}/api/pipeline-templates}). */
    public PipelineTemplateId createPipelineTemplate(String tenantId, PipelineTemplateRequest request) {
        return transport.execute(OperationCatalog.CREATE_PIPELINE_TEMPLATE, PathParams.of("tenant_id", tenantId),
                Query.empty(), RequiredFields.body(OperationCatalog.CREATE_PIPELINE_TEMPLATE, request),
                PipelineTemplateId.class);
    }

    /** Template details ({@code GET /v5/{tenant_id}/api/pipeline-templates/{template_id}}). */
    public PipelineTemplateDetail showPipelineTemplateDetail(String tenantId, String templateId) {
        return transport.execute(OperationCatalog.SHOW_PIPELINE_TEMPLATE_DETAIL,
                PathParams.of("tenant_id", tenantId, "template_id", templateId), Query.empty(), null,
                PipelineTemplateDetail.class);
    }

    /** Replaces a template ({@code PUT /v5/{tenant_id}/api/pipeline-templates/{template_id}}). */
    public PipelineTemplateId updatePipelineTemplate(String tenantId, String templateId,
            PipelineTemplateRequest request) {
        return transport.execute(OperationCatalog.UPDATE_PIPELINE_TEMPLATE,
                PathParams.of("tenant_id", tenantId, "template_id", templateId), Query.empty(),
                RequiredFields.body(OperationCatalog.UPDATE_PIPELINE_TEMPLATE, request), PipelineTemplateId.class);
    }

    /**
     * Deletes a template ({@code DELETE /v5/{tenant_id}/api/pipeline-templates/{template_id}}; the document's
     * example URL drops {@code /api}, the template keeps it and so does this client).
     */
    public PipelineTemplateId deletePipelineTemplate(String tenantId, String templateId) {
        return transport.execute(OperationCatalog.DELETE_PIPELINE_TEMPLATE,
                PathParams.of("tenant_id", tenantId, "template_id", templateId), Query.empty(), null,
                PipelineTemplateId.class);
    }
}
