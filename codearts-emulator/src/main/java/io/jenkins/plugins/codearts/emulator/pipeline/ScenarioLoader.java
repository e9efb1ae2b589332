package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads scenario files (YAML or JSON; the format is in docs/emulator.md) into a {@link PipelineStore}. Ids given in
 * the file are kept, so tests and demos can refer to them.
 */
public final class ScenarioLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final PipelineStore store;
    private final TemplateStageRegistry templates;
    private final String defaultProjectId;
    private final String creatorId;

    public ScenarioLoader(PipelineStore store, TemplateStageRegistry templates, String defaultProjectId, String creatorId) {
        this.store = store;
        this.templates = templates;
        this.defaultProjectId = defaultProjectId;
        this.creatorId = creatorId;
    }

    /** Parses YAML or JSON text (JSON is YAML, so one parser reads both). */
    public static JsonNode parse(String text, String source) {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ScenarioException(source + ": a scenario must be a mapping with a 'pipelines' list");
            }
            return node;
        } catch (IOException e) {
            throw new ScenarioException(source + ": not valid YAML/JSON: " + e.getMessage(), e);
        }
    }

    public List<Pipeline> loadFile(Path file) {
        try {
            return load(parse(Files.readString(file), file.toString()), file.toString());
        } catch (IOException e) {
            throw new ScenarioException("cannot read scenario file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public List<Pipeline> loadResource(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ScenarioException("scenario resource '" + resource + "' is not on the classpath");
            }
            return load(parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource), resource);
        } catch (IOException e) {
            throw new ScenarioException("cannot read scenario resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Loads a parsed scenario; returns the pipelines it added. */
    public List<Pipeline> load(JsonNode scenario, String source) {
        JsonNode list = scenario.get("pipelines");
        if (list == null || !list.isArray()) {
            throw new ScenarioException(source + ": 'pipelines' must be a list of pipelines");
        }
        List<Pipeline> added = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            String where = source + ": pipelines[" + index++ + "]";
            JsonNode name = node.get("name");
            if (name == null || name.asText().isBlank()) {
                throw new ScenarioException(where + ": 'name' is required");
            }
            List<StageSpec> stages = DefinitionParser.parseStages(node.get("stages"), where + " ('" + name.asText() + "')");
            String id = node.hasNonNull("id") ? node.get("id").asText() : null;
            String projectId = node.hasNonNull("project_id") ? node.get("project_id").asText() : defaultProjectId;
            added.add(store.addPipeline(id, projectId, name.asText(), text(node, "description"),
                    node.path("is_publish").asBoolean(false), text(node, "component_id"), creatorId, stages,
                    node.get("sources"), node.get("variables"), text(node, "group_id")));
        }
        JsonNode templateList = scenario.get("templates");
        if (templateList != null && templateList.isArray()) {
            int t = 0;
            for (JsonNode node : templateList) {
                String where = source + ": templates[" + t++ + "]";
                if (!node.hasNonNull("id") || !node.hasNonNull("name")) {
                    throw new ScenarioException(where + ": 'id' and 'name' are required");
                }
                templates.register(node.get("id").asText(), node.get("name").asText(),
                        DefinitionParser.parseStages(node.get("stages"), where));
            }
        }
        return added;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
