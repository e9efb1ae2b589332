package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.ide.IdeInstances;
import io.jenkins.plugins.codearts.emulator.pipeline.Pipeline;
import io.jenkins.plugins.codearts.emulator.pipeline.PipelineGroupMembership;
import io.jenkins.plugins.codearts.emulator.pipeline.PipelineStore;
import io.jenkins.plugins.codearts.emulator.pipeline.StageSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registers the 93 catalogue endpoints (templates, groups, rules, policies, plug-ins, IDE catalogue, marketplace,
 * codebreeze, tsbot) with the emulator's router. Found by {@link java.util.ServiceLoader}.
 */
public final class CrudRoutes implements RouteModule {

    private static final System.Logger LOG = System.getLogger(CrudRoutes.class.getName());

    @Override
    public void register(Router router, EmulatorContext context) {
        var registry = context.shared(io.jenkins.plugins.codearts.emulator.pipeline.TemplateStageRegistry.class,
                io.jenkins.plugins.codearts.emulator.pipeline.TemplateStageRegistry::new);
        // The pipeline store is shared by the emulator before modules register; without one, any pipeline id is accepted.
        PipelineStore store = context.shared(PipelineStore.class, () -> null);
        PipelineDirectory directory = store == null ? PipelineDirectory.ANY : (projectId, pipelineId) -> {
            Pipeline pipeline = store.findPipeline(pipelineId);
            return pipeline != null && pipeline.projectId().equals(projectId);
        };
        // Likewise the IDE instance store; without one, any instance id is accepted.
        IdeInstances ideInstances = context.shared(IdeInstances.class, () -> null);
        InstanceDirectory instances = ideInstances == null ? InstanceDirectory.ANY : ideInstances::statusOf;
        CrudResources resources = context.shared(CrudResources.class,
                () -> new CrudResources(environmentOf(context), new EngineTemplateSync(registry, context), directory,
                        instances));
        // Moves between pipeline groups show in listPipelines (group_path_id) and the run detail's group_id.
        context.shared(PipelineGroupMembership.class, () -> resources::pipelineGroupOf);
        for (CrudRoute route : resources.routes()) {
            router.add(route.operation(), route.method(), route.pathTemplate(), request -> answer(route, request));
        }
    }

    static CrudEnvironment environmentOf(EmulatorContext context) {
        DemoAccount demo = context.demo();
        return new CrudEnvironment(demo.domainId(), demo.domainName(), demo.userId(), demo.userName(), demo.projectId(),
                demo.demoStackId(), demo.demoTemplateId(), context::nowMillis);
    }

    private static EmulatorResponse answer(CrudRoute route, EmulatorRequest request) {
        try {
            CrudReply reply = route.handler().handle(toCrudRequest(request));
            if (reply.plainText()) {
                return EmulatorResponse.text(reply.status(), reply.body().asText());
            }
            return EmulatorResponse.json(reply.status(), reply.body());
        } catch (CrudException e) {
            return EmulatorResponse.error(e.status(), e.errorCode(), e.getMessage());
        }
    }

    static CrudRequest toCrudRequest(EmulatorRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        Map<String, List<String>> query = new LinkedHashMap<>(request.queryParams());
        return new CrudRequest(request.method(), request.rawPath(), request.pathParams(), query, headers, request.body());
    }

    /** Registers managed templates in the template stage registry so createPipelineByTemplate can use them. */
    private record EngineTemplateSync(io.jenkins.plugins.codearts.emulator.pipeline.TemplateStageRegistry registry,
                                      EmulatorContext context) implements TemplateSync {

        @Override
        public void saved(String id, String name, String definition, List<String> stageNames) {
            try {
                registry.registerDefinition(id, name, definition, context.mapper());
            } catch (RuntimeException unusable) {
                // A definition the run simulator cannot run (e.g. the document's single-quoted example) still gives a
                // pipeline: one job without steps per stage name.
                LOG.log(System.Logger.Level.DEBUG, "template " + id + ": " + unusable.getMessage());
                ArrayNode stages = context.mapper().createArrayNode();
                List<String> names = stageNames.isEmpty() ? List.of("Stage_1") : stageNames;
                for (String stageName : names) {
                    ObjectNode stage = stages.addObject().put("name", stageName);
                    stage.putArray("jobs").addObject().put("name", stageName).putArray("steps");
                }
                ObjectNode fallback = context.mapper().createObjectNode();
                fallback.set("stages", stages);
                registry.registerDefinition(id, name, fallback.toString(), context.mapper());
            }
        }

        @Override
        public void removed(String id) {
            registry.remove(id);
        }

        @Override
        public KnownTemplate known(String id) {
            var template = registry.find(id);
            if (template == null) {
                return null;
            }
            return new KnownTemplate(template.name(), template.stages().stream().map(StageSpec::name).toList());
        }
    }
}
