package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * All catalogue resources of one emulator. Other emulator modules reach it with
 * {@code context.shared(CrudResources.class, ...)} (see {@link CrudRoutes}) to look up templates or stacks.
 */
public final class CrudResources {

    private final PipelineTemplates templates;
    private final PipelineGroups groups;
    private final IdeCatalog ideCatalog;
    private final List<ResourceFamily> families = new ArrayList<>();

    public CrudResources(CrudEnvironment env) {
        this(env, TemplateSync.NONE, PipelineDirectory.ANY);
    }

    public CrudResources(CrudEnvironment env, TemplateSync templateSync, PipelineDirectory pipelines) {
        this(env, templateSync, pipelines, InstanceDirectory.ANY);
    }

    public CrudResources(CrudEnvironment env, TemplateSync templateSync, PipelineDirectory pipelines,
                         InstanceDirectory instances) {
        templates = new PipelineTemplates(env, templateSync);
        groups = new PipelineGroups(env, pipelines);
        Rules rules = new Rules(env);
        ideCatalog = new IdeCatalog(env);
        families.add(templates);
        families.add(groups);
        families.add(rules);
        families.add(new RuleSets(env, rules));
        families.add(new OpenSourcePolicies(env));
        PluginCatalog plugins = new PluginCatalog(env);
        families.add(new PluginVersions(plugins));
        families.add(new PluginPublishers(plugins));
        families.add(new PluginIcons(plugins));
        families.add(new PluginListings(plugins));
        families.add(new BasicPlugins(plugins));
        families.add(ideCatalog);
        families.add(new ExtensionAuthorizations(env, instances));
        MarketplaceStore marketplace = new MarketplaceStore(env);
        families.add(new MarketplaceQueries(marketplace));
        families.add(new MarketplaceFeedback(marketplace));
        families.add(new VsixUploads(marketplace));
        families.add(new Codebreeze(env));
        families.add(new Tsbot(env));
    }

    /** Every route of every family. */
    public List<CrudRoute> routes() {
        List<CrudRoute> routes = new ArrayList<>();
        families.forEach(family -> routes.addAll(family.routes()));
        return routes;
    }

    /** A template visible to the tenant (system or its own), as the detail body; null when unknown. */
    public ObjectNode pipelineTemplate(String tenantId, String templateId) {
        return templates.visibleTemplate(tenantId, templateId);
    }

    /** The group a pipeline was moved into with movePipelinesToGroup, or null. */
    public String pipelineGroupOf(String projectId, String pipelineId) {
        return groups.groupOfPipeline(projectId, pipelineId);
    }

    /** Whether {@code stackId} names a stack of listStacksByTag (its {@code stack_name}). */
    public boolean isKnownStack(String stackId) {
        return ideCatalog.isKnownStack(stackId);
    }
}
