package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Doc A §4.1: pipeline templates of a tenant, plus the system templates every tenant sees. System templates cannot
 * be changed by a tenant (answered with the documented business error DEVCP.00014031 at HTTP 200).
 */
final class PipelineTemplates implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    static final String SYSTEM = "system";
    /** Template definitions in the document's own example use single quotes, so parse leniently. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final CrudEnvironment env;
    private final TemplateSync sync;
    /** Templates by id, in creation order. The owner tenant is the path's tenant id ("system" for system ones). */
    private final Map<String, Template> templates = new LinkedHashMap<>();

    private static final class Template {
        final String ownerTenant;
        ObjectNode detail;

        Template(String ownerTenant, ObjectNode detail) {
            this.ownerTenant = ownerTenant;
            this.detail = detail;
        }
    }

    PipelineTemplates(CrudEnvironment env, TemplateSync sync) {
        this.env = env;
        this.sync = sync;
        seedSystemTemplate("e908740fe06e44a28f30c0f3c81b2ad5", "Serverless-maven Compilation and Deployment", "maven60", "Java",
                "Use Maven to build and deploy serverless project code.", "Build and Check", "Deployment and Test");
        seedSystemTemplate("ac3b3b9a6cb64ef6b732c8f8459ab578", "Building a Container Image on a Node", "npm60", "Node.js",
                "Use nodes to build container images and push them to SWR for storage.", "Build");
        seedSystemTemplate("8ea4d170ba0d45d9b1b647a9780ebcf8", "Get Started", null, "java",
                "Pipeline template for beginners", "Build", "Check", "Deploy");
        // The pipeline module's demo template (createPipelineByTemplate accepts it) is listed as a system template too.
        TemplateSync.KnownTemplate demo = env.demoTemplateId() == null ? null : sync.known(env.demoTemplateId());
        if (demo != null) {
            seedSystemTemplate(env.demoTemplateId(), demo.name(), "maven60", "Java", "Demo template of the emulator",
                    demo.stageNames().toArray(String[]::new));
        }
    }

    private void seedSystemTemplate(String id, String name, String icon, String language, String description, String... stages) {
        ArrayNode stageArray = Json.array();
        for (int i = 0; i < stages.length; i++) {
            ObjectNode stage = stageArray.addObject();
            stage.put("name", stages[i]);
            stage.put("sequence", i);
            stage.putArray("jobs");
        }
        ObjectNode definition = Json.object();
        definition.set("stages", stageArray);
        ObjectNode detail = Json.object();
        detail.put("id", id);
        detail.put("name", name);
        detail.put("icon", icon);
        detail.put("manifest_version", "3.0");
        detail.put("language", language);
        detail.put("description", description);
        detail.put("is_system", true);
        detail.put("region", SYSTEM);
        detail.put("domain_id", SYSTEM);
        detail.putArray("variables");
        detail.put("creator_id", SYSTEM);
        detail.put("creator_name", SYSTEM);
        detail.put("updater_id", SYSTEM);
        detail.put("create_time", 1671172288000L);
        detail.put("update_time", 1677640980000L);
        detail.putNull("is_collect");
        detail.put("is_show_source", true);
        detail.put("definition", Json.toJson(definition));
        templates.put(id, new Template(SYSTEM, detail));
    }

    @Override
    public List<CrudRoute> routes() {
        String base = "/v5/{tenant_id}/api/pipeline-templates";
        return List.of(
                new CrudRoute("listPipelineTemplates", "POST", base + "/list", this::list),
                new CrudRoute("createPipelineTemplate", "POST", base, this::create),
                new CrudRoute("showPipelineTemplateDetail", "GET", base + "/{template_id}", this::show),
                new CrudRoute("updatePipelineTemplate", "PUT", base + "/{template_id}", this::update),
                new CrudRoute("deletePipelineTemplate", "DELETE", base + "/{template_id}", this::delete));
    }

    /** A template the tenant may see, for the pipeline core (create-pipeline-by-template) as well. */
    synchronized ObjectNode visibleTemplate(String tenantId, String templateId) {
        Template template = templates.get(templateId);
        if (template == null || !(template.ownerTenant.equals(SYSTEM) || template.ownerTenant.equals(tenantId))) {
            return null;
        }
        return template.detail.deepCopy();
    }

    private synchronized CrudReply list(CrudRequest request) {
        String tenant = request.pathParam("tenant_id");
        Fields body = request.bodyFields(STYLE);
        String language = body.text("language");
        Boolean system = body.bool("is_system"); // the example sends "" meaning "no filter"
        String name = body.text("name");
        long[] window = Paging.offsetLimit(body, false, 10, 100);
        String sortKey = body.enumText("sort_key", "name", "create_time");
        String sortDir = body.enumText("sort_dir", "asc", "desc");

        List<ObjectNode> matches = new ArrayList<>();
        for (Template template : templates.values()) {
            ObjectNode detail = template.detail;
            boolean visible = template.ownerTenant.equals(SYSTEM) || template.ownerTenant.equals(tenant);
            if (!visible
                    || (language != null && !language.isEmpty() && !detail.path("language").asText().equalsIgnoreCase(language))
                    || (system != null && detail.path("is_system").asBoolean() != system)
                    || !TextFilter.keeps(name, detail.path("name").asText())) {
                continue;
            }
            matches.add(detail);
        }
        if (sortKey != null) {
            Comparator<ObjectNode> order = sortKey.equals("name")
                    ? Comparator.comparing(node -> node.path("name").asText().toLowerCase(Locale.ROOT))
                    : Comparator.comparingLong(node -> node.path("create_time").asLong());
            matches.sort("desc".equals(sortDir) ? order.reversed() : order);
        }
        ObjectNode reply = Json.object();
        reply.put("offset", window[0]);
        reply.put("limit", window[1]);
        reply.put("total", matches.size());
        ArrayNode items = reply.putArray("templates");
        for (ObjectNode detail : Paging.window(matches, window[0], window[1])) {
            items.add(summary(detail));
        }
        return CrudReply.ok(reply);
    }

    private ObjectNode summary(ObjectNode detail) {
        ObjectNode summary = Json.object();
        for (String key : List.of("id", "name", "icon", "manifest_version", "language", "description", "is_system", "region",
                "domain_id", "creator_id", "creator_name", "updater_id", "create_time", "update_time", "is_collect",
                "is_show_source")) {
            summary.set(key, detail.get(key));
        }
        summary.put("is_collect", detail.path("is_collect").asBoolean(false));
        // Doc A §4.1.1 types the list's is_show_source as String (the SDK too); the detail's is a Boolean (§4.1.3).
        summary.put("is_show_source", String.valueOf(detail.path("is_show_source").asBoolean(false)));
        summary.set("stages", stagesOf(detail.path("definition").asText()));
        return summary;
    }

    /** The stage names and sequences of a definition, or an empty list when it cannot be read. */
    static ArrayNode stagesOf(String definition) {
        ArrayNode stages = Json.array();
        try {
            JsonNode parsed = LENIENT.readTree(definition);
            JsonNode declared = parsed == null ? null : parsed.get("stages");
            if (declared != null && declared.isArray()) {
                int index = 0;
                for (JsonNode stage : declared) {
                    ObjectNode item = stages.addObject();
                    item.put("name", stage.path("name").asText());
                    item.put("sequence", stage.path("sequence").asInt(index));
                    index++;
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // An opaque definition is stored as given; it just contributes no stage summary.
        }
        return stages;
    }

    private ObjectNode validatedDetail(CrudRequest request, String id, ObjectNode previous) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        String language = body.requireText("language");
        String definition = body.requireText("definition");
        boolean system = body.requireBool("is_system");
        String domainId = body.requireText("domain_id");
        boolean showSource = body.requireBool("is_show_source");
        String tenant = request.pathParam("tenant_id");
        if (system) {
            throw STYLE.invalid("body field 'is_system' has value true; a tenant can only create its own templates, send false");
        }
        if (!domainId.equals(tenant)) {
            throw STYLE.invalid("body field 'domain_id' has value '" + domainId + "' but the path's tenant_id is '" + tenant
                    + "'; send the same tenant id in both");
        }
        // The table types variables as one object, the example sends an array: keep a list either way.
        JsonNode variables = body.node().get("variables");
        ArrayNode variableList = Json.array();
        if (variables != null && variables.isArray()) {
            variables.forEach(variable -> variableList.add(customVariable(variable)));
        } else if (variables != null && variables.isObject()) {
            variableList.add(customVariable(variables));
        } else if (variables != null && !variables.isNull()) {
            throw STYLE.invalid("body field 'variables' has value " + Fields.shown(variables)
                    + " but must be a custom-variable object or an array of them");
        }
        long now = env.now();
        ObjectNode detail = Json.object();
        detail.put("id", id);
        detail.put("name", name);
        detail.putNull("icon");
        detail.put("manifest_version", "3.0");
        detail.put("language", language);
        detail.put("description", body.text("description", ""));
        detail.put("is_system", false);
        detail.put("region", "cn-north-4");
        detail.put("domain_id", domainId);
        detail.set("variables", variableList);
        detail.put("creator_id", previous == null ? env.userId() : previous.path("creator_id").asText());
        detail.put("creator_name", previous == null ? env.userName() : previous.path("creator_name").asText());
        detail.put("updater_id", env.userId());
        detail.put("create_time", previous == null ? now : previous.path("create_time").asLong());
        detail.put("update_time", now);
        detail.putNull("is_collect");
        detail.put("is_show_source", showSource);
        detail.put("definition", definition);
        return detail;
    }

    private synchronized CrudReply create(CrudRequest request) {
        String id = Json.newId();
        ObjectNode detail = validatedDetail(request, id, null);
        templates.put(id, new Template(request.pathParam("tenant_id"), detail));
        syncSaved(detail);
        return CrudReply.ok(templateId(id));
    }

    private void syncSaved(ObjectNode detail) {
        List<String> stageNames = new ArrayList<>();
        String definition = detail.path("definition").asText();
        stagesOf(definition).forEach(stage -> stageNames.add(stage.path("name").asText()));
        sync.saved(detail.path("id").asText(), detail.path("name").asText(), definition, stageNames);
    }

    private static ObjectNode templateId(String id) {
        ObjectNode reply = Json.object();
        reply.put("templateId", id);
        return reply;
    }

    private Template find(CrudRequest request) {
        String tenant = request.pathParam("tenant_id");
        String id = request.pathParam("template_id");
        Template template = templates.get(id);
        if (template == null || !(template.ownerTenant.equals(SYSTEM) || template.ownerTenant.equals(tenant))) {
            // Doc A error table: DEVCP.00021006 "Template does not exist" is a 400.
            throw new CrudException(400, "DEVCP.00021006",
                    "Template does not exist: template_id '" + id + "' is unknown to tenant '" + tenant
                            + "'; list the templates to get a valid id");
        }
        return template;
    }

    private static CrudReply systemTemplateIsReadOnly(String id) {
        return CrudReply.businessError("DEVCP.00014031",
                "Insufficient permissions: template '" + id + "' is a system template and cannot be changed; copy it instead");
    }

    /**
     * A CustomVariable with every key of table CV (and the SDK's model): what the request gave, null for the rest.
     * A template belongs to no pipeline, so pipeline_id is empty; latest_value and runtime_value are the default.
     */
    private static ObjectNode customVariable(JsonNode given) {
        ObjectNode variable = Json.object();
        variable.put("pipeline_id", "");
        for (String key : List.of("name", "sequence", "type", "value", "is_secret", "description", "is_runtime", "limits",
                "is_reset", "latest_value", "runtime_value")) {
            JsonNode value = given.get(key);
            variable.set(key, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value.deepCopy());
        }
        if (variable.get("limits").isNull()) {
            variable.putArray("limits");
        }
        for (String key : List.of("latest_value", "runtime_value")) {
            if (variable.get(key).isNull()) {
                variable.set(key, variable.get("value"));
            }
        }
        return variable;
    }

    private synchronized CrudReply show(CrudRequest request) {
        ObjectNode detail = find(request).detail.deepCopy();
        // Doc A §4.1.3's table has no creator_name (the list's TemplateSimple has); neither has the SDK's detail model.
        detail.remove("creator_name");
        return CrudReply.ok(detail);
    }

    private synchronized CrudReply update(CrudRequest request) {
        Template template = find(request);
        String id = request.pathParam("template_id");
        if (template.ownerTenant.equals(SYSTEM)) {
            return systemTemplateIsReadOnly(id);
        }
        template.detail = validatedDetail(request, id, template.detail);
        syncSaved(template.detail);
        return CrudReply.ok(templateId(id));
    }

    private synchronized CrudReply delete(CrudRequest request) {
        Template template = find(request);
        String id = request.pathParam("template_id");
        if (template.ownerTenant.equals(SYSTEM)) {
            return systemTemplateIsReadOnly(id);
        }
        templates.remove(id);
        sync.removed(id);
        return CrudReply.ok(templateId(id));
    }
}
