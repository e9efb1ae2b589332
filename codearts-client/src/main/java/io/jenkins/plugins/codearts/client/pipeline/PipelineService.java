package io.jenkins.plugins.codearts.client.pipeline;

import io.jenkins.plugins.codearts.client.internal.Transport;
import java.util.Objects;

/** CodeArts Pipeline, one accessor per chapter of the API reference. */
public final class PipelineService {

    private final PipelinesApi pipelines;
    private final TemplatesApi templates;
    private final GroupsApi groups;
    private final RulesApi rules;
    private final TenantRuleSetsApi tenantRuleSets;
    private final ProjectRuleSetsApi projectRuleSets;
    private final TenantOpenSourceRuleSetsApi tenantOpenSourceRuleSets;
    private final ProjectOpenSourceRuleSetsApi projectOpenSourceRuleSets;
    private final ExtensionsApi extensions;
    private final PublishersApi publishers;

    /** Created by {@code CodeArtsClient}; the transport is internal, so this constructor is not API. */
    public PipelineService(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        this.pipelines = new PipelinesApi(transport);
        this.templates = new TemplatesApi(transport);
        this.groups = new GroupsApi(transport);
        this.rules = new RulesApi(transport);
        this.tenantRuleSets = new TenantRuleSetsApi(transport);
        this.projectRuleSets = new ProjectRuleSetsApi(transport);
        this.tenantOpenSourceRuleSets = new TenantOpenSourceRuleSetsApi(transport);
        this.projectOpenSourceRuleSets = new ProjectOpenSourceRuleSetsApi(transport);
        this.extensions = new ExtensionsApi(transport);
        this.publishers = new PublishersApi(transport);
    }

    /** Chapter 4.2, pipeline management: run, stop, retry, status, run detail, logs, manual reviews, create, delete. */
    public PipelinesApi pipelines() {
        return pipelines;
    }

    /** Chapter 4.1, pipeline templates of a tenant. */
    public TemplatesApi templates() {
        return templates;
    }

    /** Chapter 4.3, pipeline groups of a project. */
    public GroupsApi groups() {
        return groups;
    }

    /** Chapter 4.4, rules of a tenant. */
    public RulesApi rules() {
        return rules;
    }

    /** Chapter 4.5, tenant-level policies (rule sets). */
    public TenantRuleSetsApi tenantRuleSets() {
        return tenantRuleSets;
    }

    /** Chapter 4.6, project-level policies (rule sets). */
    public ProjectRuleSetsApi projectRuleSets() {
        return projectRuleSets;
    }

    /** Chapter 4.7, tenant-level open-source governance policies. */
    public TenantOpenSourceRuleSetsApi tenantOpenSourceRuleSets() {
        return tenantOpenSourceRuleSets;
    }

    /** Chapter 4.8, project-level open-source governance policies. */
    public ProjectOpenSourceRuleSetsApi projectOpenSourceRuleSets() {
        return projectOpenSourceRuleSets;
    }

    /** Chapter 4.9, extension plug-ins (versions, drafts, basic plug-ins, icons, metadata). */
    public ExtensionsApi extensions() {
        return extensions;
    }

    /** Chapter 4.9, plug-in publishers. */
    public PublishersApi publishers() {
        return publishers;
    }
}
