package io.jenkins.plugins.codearts.emulator.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage layouts that createPipelineByTemplate can copy, by template id. The emulator registers the demo template; a
 * template-management module can register more through {@code context.shared(TemplateStageRegistry.class, TemplateStageRegistry::new)}.
 */
public final class TemplateStageRegistry {

    /** A registered template: its name and stages. */
    public record Template(String id, String name, List<StageSpec> stages) {
    }

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public void register(String id, String name, List<StageSpec> stages) {
        templates.put(id, new Template(id, name, List.copyOf(stages)));
    }

    /**
     * Registers a template from the documented {@code definition} JSON string (stages/jobs/steps).
     *
     * @throws ScenarioException when the definition is not a usable stage layout
     */
    public void registerDefinition(String id, String name, String definitionJson, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        try {
            register(id, name, DefinitionParser.parseStages(mapper.readTree(definitionJson).get("stages"), "template " + id + " definition"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ScenarioException("template " + id + ": definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Template find(String id) {
        return templates.get(id);
    }

    public void remove(String id) {
        templates.remove(id);
    }
}
