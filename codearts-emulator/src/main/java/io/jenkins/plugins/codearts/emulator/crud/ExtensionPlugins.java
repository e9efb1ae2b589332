package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Doc A 4.9: extension plug-ins and publishers of a tenant (30 endpoints).
 *
 * <p>A plug-in is keyed by {@code plugin_name}; it has plug-in level information and versions keyed by
 * {@code version}, each a draft or formal ({@code version_attribute}). Composite ("multi") plug-ins are created with
 * agent-plugin/create; "basic" ("single") plug-ins with the /v3 extension endpoints and get versions by uploading a
 * package: a zip holding {@code codearts-extension.json} (type, name, friendly_name, category, version, inputs,
 * outputs, execution). Official plug-ins are seeded and read-only. Key spellings: input accepts both
 * {@code *_attribute(s)} (tables) and {@code *_attribution} (examples); output uses {@code *_attribution}, the
 * spelling of the examples and of the official SDK.
 */
final class ExtensionPlugins implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    static final String[] BUSINESS_TYPES = {"Build", "Gate", "Deploy", "Test", "Normal"};
    private static final Map<String, String> BUSINESS_TYPE_NAMES = Map.of(
            "Build", "Build", "Gate", "CodeCheck", "Deploy", "Deploy", "Test", "Test", "Normal", "General");
    static final String MANIFEST_FILE = "codearts-extension.json";

    private final CrudEnvironment env;
    private final Map<String, Plugin> plugins = new LinkedHashMap<>();
    private final Map<String, ObjectNode> publishers = new LinkedHashMap<>();
    /** Uploaded icons by object key (kept so an upload is observable, e.g. in sizes). */
    private final Map<String, byte[]> icons = new LinkedHashMap<>();

    private static final class Plugin {
        final String name;
        final boolean official;
        final String composition;
        ObjectNode info;
        String publisherId;
        long opTime;
        final Map<String, Version> versions = new LinkedHashMap<>();

        Plugin(String name, boolean official, String composition, ObjectNode info, long opTime) {
            this.name = name;
            this.official = official;
            this.composition = composition;
            this.info = info;
            this.opTime = opTime;
        }

        String attribution() {
            return official ? "official" : "custom";
        }

        /** The newest formal version, else the newest draft, else null. */
        Version latest() {
            Version draft = null;
            for (Version version : newestFirst(this)) {
                if (version.attribute.equals("formal")) {
                    return version;
                }
                if (draft == null) {
                    draft = version;
                }
            }
            return draft;
        }
    }

    private static final class Version {
        final String version;
        String attribute;
        final String uniqueId;
        String description;
        JsonNode execution;
        ArrayNode inputs = Json.array();
        ArrayNode outputs = Json.array();
        ArrayNode metrics = Json.array();
        ObjectNode manifest;
        String sha256;
        String publisherId;
        long opTime;

        Version(String version, String attribute, String uniqueId, long opTime) {
            this.version = version;
            this.attribute = attribute;
            this.uniqueId = uniqueId;
            this.opTime = opTime;
        }
    }

    ExtensionPlugins(CrudEnvironment env) {
        this.env = env;
        seedOfficial("official_shell_plugin", "Executing the Shell", "Normal", "Runs a shell script on the agent.",
                "OFFICIAL_SHELL_SCRIPT_INPUT", "Shell script");
        seedOfficial("official_devcloud_cloudBuild", "Build", "Build", "Runs a CodeArts Build task.", "jobId", "Build task");
        seedOfficial("official_devcloud_codeCheck", "Code Check", "Gate", "Runs a CodeArts Check task.", "jobId", "Check task");
        seedOfficial("official_devcloud_apiTest", "API Test", "Test", "Runs a CodeArts TestPlan API test suite.", "suiteId",
                "Test suite");
        seedOfficial("official_devcloud_deploy", "Deploy", "Deploy", "Runs a CodeArts Deploy application.", "appId",
                "Application");
        ObjectNode publisher = newPublisher("7f1c6b0f12f94b3d9e37eee0b541d3ac", "Demo Tools", "demo_tools",
                "Plug-ins of the demo tenant", "support@example.com");
        publisher.put("auth_status", "certified");
        publishers.put(publisher.path("publisher_unique_id").asText(), publisher);
    }

    private void seedOfficial(String name, String displayName, String businessType, String description, String inputName,
                              String inputLabel) {
        ObjectNode info = Json.object();
        info.put("unique_id", Json.newId());
        info.put("display_name", displayName);
        info.put("business_type", businessType);
        info.put("business_type_display_name", BUSINESS_TYPE_NAMES.get(businessType));
        info.put("description", description);
        info.put("icon_url", "");
        info.put("maintainers", "CodeArts");
        info.put("runtime_attribute", "agent");
        info.put("is_private", 0);
        info.put("region", "cn-north-4");
        Plugin plugin = new Plugin(name, true, "single", info, 1699354371000L);
        Version version = new Version("0.0.1", "formal", Json.newId(), 1699354371000L);
        version.description = "Initial release";
        ObjectNode input = version.inputs.addObject();
        input.put("name", inputName);
        input.put("default_value", "");
        input.put("type", "input");
        input.put("label", inputLabel);
        input.put("required", "true");
        input.putObject("validation").put("required_message", inputLabel + " is required");
        input.put("layout_content", "");
        ObjectNode output = version.outputs.addObject();
        output.put("output_key", "RESULT");
        output.put("output_value", "{\"type\":\"string\",\"description\":\"result of the step\"}");
        ObjectNode metric = version.metrics.addObject();
        metric.put("output_key", "SYSTEM_METRICS_UNIQUE_KEY");
        metric.put("output_value", "{\"duration\":\"Duration (s)\"}");
        plugin.versions.put(version.version, version);
        plugins.put(name, plugin);
    }

    private ObjectNode newPublisher(String id, String name, String enName, String description, String supportUrl) {
        ObjectNode publisher = Json.object();
        publisher.put("publisher_unique_id", id);
        publisher.put("user_id", env.userId());
        publisher.put("tenant_id", env.domainId());
        publisher.put("description", description);
        publisher.put("logo_url", "");
        publisher.put("website", "");
        publisher.put("support_url", supportUrl);
        publisher.put("source_url", "");
        publisher.put("en_name", enName);
        publisher.put("name", name);
        publisher.put("auth_status", "processing");
        publisher.put("is_delete", 0);
        publisher.put("last_update_user_name", env.userName());
        publisher.put("last_update_user_id", env.userId());
        publisher.put("last_update_time", Json.spaced(env.now()));
        return publisher;
    }

    @Override
    public List<CrudRoute> routes() {
        String v1 = "/v1/{domain_id}";
        String v3 = "/v3/{domain_id}/extension";
        return List.of(
                new CrudRoute("createPluginVersion", "POST", v1 + "/agent-plugin/create", r -> createVersion(r, "formal")),
                new CrudRoute("createPluginDraft", "POST", v1 + "/agent-plugin/create-draft", r -> createVersion(r, "draft")),
                new CrudRoute("createPublisher", "POST", v1 + "/publisher/create", this::createPublisher),
                new CrudRoute("updatePluginDraft", "POST", v1 + "/agent-plugin/edit-draft", this::updateDraft),
                new CrudRoute("publishPluginDraft", "POST", v1 + "/agent-plugin/publish-draft", this::publishDraft),
                new CrudRoute("updatePluginInfo", "POST", v1 + "/agent-plugin/update-info", r -> updateInfo(r, "multi")),
                new CrudRoute("publishPlugin", "POST", v1 + "/agent-plugin/publish-plugin", this::publishPlugin),
                new CrudRoute("bindPluginToPublisher", "POST", v1 + "/agent-plugin/publish-plugin-bind", this::bindPublisher),
                new CrudRoute("uploadPluginIcon", "POST", v1 + "/common/upload-plugin-icon", this::uploadPluginIcon),
                new CrudRoute("uploadPublisherIcon", "POST", v1 + "/common/upload-publisher-icon", this::uploadPublisherIcon),
                new CrudRoute("deletePluginDraft", "DELETE", v1 + "/agent-plugin/delete-draft", this::deleteDraft),
                new CrudRoute("listPublishers", "GET", v1 + "/publisher/query-all", this::listPublishers),
                new CrudRoute("listAvailablePublishers", "GET", v1 + "/publisher/optional-publisher", this::availablePublishers),
                new CrudRoute("listStagePlugins", "POST", v1 + "/relation/stage-plugins", this::stagePlugins),
                new CrudRoute("listBasicPlugins", "GET", v1 + "/relation/plugin/single", this::basicPlugins),
                new CrudRoute("listSelectablePluginsPaged", "POST", v1 + "/relation/plugins", this::selectablePlugins),
                new CrudRoute("listAllPlugins", "POST", v1 + "/agent-plugin/query-all", this::allPlugins),
                new CrudRoute("listPluginMetrics", "POST", v1 + "/agent-plugin/plugin-metrics", r -> versionData(r, "metrics")),
                new CrudRoute("listPluginInputs", "POST", v1 + "/agent-plugin/plugin-input", r -> versionData(r, "inputs")),
                new CrudRoute("listPluginOutputs", "POST", v1 + "/agent-plugin/plugin-output", r -> versionData(r, "outputs")),
                new CrudRoute("listPluginVersionsInfo", "GET", v1 + "/agent-plugin/query", this::versionsInfo),
                // Doc A 4.9.21's example sends POST (⚠): accepted as well.
                new CrudRoute("listPluginVersionsInfo.examplePost", "POST", v1 + "/agent-plugin/query", this::versionsInfo),
                new CrudRoute("showPluginVersionDetail", "GET", v1 + "/agent-plugin/detail", this::versionDetail),
                new CrudRoute("listPluginVersionNumbers", "GET", v1 + "/agent-plugin/all-version", this::versionNumbers),
                new CrudRoute("deletePublisher", "DELETE", v1 + "/publisher/delete", this::deletePublisher),
                new CrudRoute("showPublisherDetails", "POST", v1 + "/publisher/detail", this::publisherDetails),
                new CrudRoute("createBasicPlugin", "POST", v3 + "/info/add", this::createBasic),
                new CrudRoute("updateBasicPlugin", "POST", v3 + "/info/update", r -> updateInfo(r, "single")),
                new CrudRoute("deleteBasicPlugin", "DELETE", v3 + "/info/delete", this::deleteBasic),
                new CrudRoute("uploadBasicPlugin", "POST", v3 + "/upload", this::uploadBasic),
                new CrudRoute("showBasicPluginDetail", "GET", v3 + "/detail", this::basicDetail));
    }

    // ---- lookups -------------------------------------------------------------------------------------------------

    private Plugin plugin(String field, String name) {
        Plugin plugin = plugins.get(name);
        if (plugin == null) {
            throw STYLE.notFound("Plug-in", field, name);
        }
        return plugin;
    }

    private Plugin customPlugin(String field, String name) {
        Plugin plugin = plugin(field, name);
        if (plugin.official) {
            throw new BusinessError("DEVCP.00014031", "Insufficient permissions: '" + name
                    + "' is an official plug-in and is read-only; create a custom plug-in instead");
        }
        return plugin;
    }

    private static Version version(Plugin plugin, String field, String version) {
        Version found = plugin.versions.get(version);
        if (found == null) {
            throw STYLE.notFound("Plug-in version", field, plugin.name + "@" + version);
        }
        return found;
    }

    private ObjectNode publisher(String field, String id) {
        ObjectNode publisher = publishers.get(id);
        if (publisher == null || publisher.path("is_delete").asInt() == 1) {
            throw STYLE.notFound("Publisher", field, id);
        }
        return publisher;
    }

    // ---- plug-in information and versions -------------------------------------------------------------------------

    /** Plug-in level fields of PB/PIB bodies, keeping what the body leaves out. */
    private static ObjectNode mergedInfo(Fields body, ObjectNode previous) {
        ObjectNode info = previous == null ? Json.object() : previous.deepCopy();
        if (!info.has("unique_id")) {
            info.put("unique_id", body.text("unique_id", Json.newId()));
        }
        copyText(body, info, "display_name");
        copyText(body, info, "description");
        copyText(body, info, "icon_url");
        copyText(body, info, "maintainers");
        copyText(body, info, "region");
        String businessType = body.enumText("business_type", BUSINESS_TYPES);
        if (businessType != null) {
            info.put("business_type", businessType);
            info.put("business_type_display_name", body.text("business_type_display_name", BUSINESS_TYPE_NAMES.get(businessType)));
        } else if (!info.has("business_type")) {
            info.put("business_type", "Normal");
            info.put("business_type_display_name", "General");
        }
        String runtime = body.textAny("runtime_attributes", "runtime_attribution");
        if (runtime != null) {
            info.put("runtime_attribute", runtime);
        } else if (!info.has("runtime_attribute")) {
            info.put("runtime_attribute", "agent");
        }
        Long isPrivate = body.longValue("is_private");
        if (isPrivate != null) {
            info.put("is_private", body.inRange("is_private", isPrivate, 0, 1));
        } else if (!info.has("is_private")) {
            info.put("is_private", 0);
        }
        if (!info.has("display_name")) {
            info.put("display_name", body.text("plugin_name", ""));
        }
        for (String key : List.of("description", "icon_url", "maintainers", "region")) {
            if (!info.has(key)) {
                info.put(key, "");
            }
        }
        return info;
    }

    private static void copyText(Fields body, ObjectNode target, String field) {
        String value = body.text(field);
        if (value != null) {
            target.put(field, value);
        }
    }

    /** Version fields of a PB body: description, execution and inputs. */
    private static void applyVersionFields(Fields body, Version version) {
        String description = body.text("version_description");
        if (description != null) {
            version.description = description;
        }
        Fields execution = body.child("execution_info");
        if (execution != null) {
            version.execution = execution.node().deepCopy();
        }
        if (body.has("input_info")) {
            ArrayNode inputs = Json.array();
            for (Fields input : body.objects("input_info")) {
                ObjectNode item = inputs.addObject();
                item.put("name", input.requireText("name"));
                item.put("default_value", input.text("default_value", ""));
                item.put("type", input.text("type", "input"));
                item.set("validation", validation(input));
                item.put("layout_content", input.text("layout_content", ""));
            }
            version.inputs = inputs;
        }
    }

    /** The table types {@code validation} as a String, the inputs listing returns an object: accept both. */
    private static JsonNode validation(Fields input) {
        JsonNode value = input.node().get("validation");
        if (value == null || value.isNull()) {
            return Json.object();
        }
        if (value.isObject()) {
            return value.deepCopy();
        }
        if (value.isTextual()) {
            ObjectNode parsed = Json.object();
            parsed.put("regex", value.asText());
            return parsed;
        }
        throw input.style().invalid("body field '" + input.name("validation") + "' has value " + Fields.shown(value)
                + " but must be a validation object or a regular expression string");
    }

    private synchronized CrudReply createVersion(CrudRequest request, String attribute) {
        Fields body = request.bodyFields(STYLE);
        // Every PB field is optional in the table; a version cannot exist without its two keys, so they are required.
        String name = body.requireText("plugin_name");
        String versionNumber = body.requireText("version");
        Plugin plugin = plugins.get(name);
        if (plugin != null && plugin.official) {
            customPlugin("plugin_name", name);
        }
        if (plugin != null && plugin.versions.containsKey(versionNumber)) {
            throw STYLE.invalid("body field 'version' has value '" + versionNumber + "', which plug-in '" + name
                    + "' already has; choose a new version number or edit the draft");
        }
        if (plugin != null && attribute.equals("draft") && plugin.versions.values().stream().anyMatch(v -> v.attribute.equals("draft"))) {
            throw STYLE.invalid("plug-in '" + name + "' already has a draft; edit or publish it before creating another");
        }
        if (plugin == null) {
            plugin = new Plugin(name, false, "multi", mergedInfo(body, null), env.now());
            plugins.put(name, plugin);
        } else {
            plugin.info = mergedInfo(body, plugin.info);
        }
        Version version = new Version(versionNumber, attribute, body.text("unique_id", Json.newId()), env.now());
        version.description = "";
        applyVersionFields(body, version);
        plugin.versions.put(versionNumber, version);
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private Version draft(Plugin plugin, Fields fields) {
        String versionNumber = fields.requireText("version");
        Version version = version(plugin, "version", versionNumber);
        if (!version.attribute.equals("draft")) {
            throw STYLE.invalid("version '" + versionNumber + "' of plug-in '" + plugin.name + "' is " + version.attribute
                    + ", not a draft; create a draft to change it");
        }
        return version;
    }

    private synchronized CrudReply updateDraft(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = draft(plugin, body);
        plugin.info = mergedInfo(body, plugin.info);
        applyVersionFields(body, version);
        version.opTime = env.now();
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private synchronized CrudReply publishDraft(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = draft(plugin, body);
        version.attribute = "formal";
        version.opTime = env.now();
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private synchronized CrudReply deleteDraft(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", query.requireText("plugin_name"));
        Version version = draft(plugin, query);
        plugin.versions.remove(version.version);
        return CrudReply.okTrue();
    }

    private synchronized CrudReply updateInfo(CrudRequest request, String composition) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", body.requireText("plugin_name"));
        String declared = body.enumText("plugin_composition_type", "single", "multi");
        if (!plugin.composition.equals(composition) || (declared != null && !declared.equals(plugin.composition))) {
            throw STYLE.invalid("plug-in '" + plugin.name + "' is a " + plugin.composition + " plug-in; update it with "
                    + (plugin.composition.equals("single") ? "/v3/{domain_id}/extension/info/update" : "agent-plugin/update-info"));
        }
        plugin.info = mergedInfo(body, plugin.info);
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private synchronized CrudReply publishPlugin(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = version(plugin, "version", body.requireText("version"));
        String publisherId = body.requireText("publisher_unique_id");
        publisher("publisher_unique_id", publisherId);
        if (!version.attribute.equals("formal")) {
            throw STYLE.invalid("version '" + version.version + "' of plug-in '" + plugin.name
                    + "' is a draft; publish the draft (agent-plugin/publish-draft) first");
        }
        version.publisherId = publisherId;
        plugin.publisherId = publisherId;
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private synchronized CrudReply bindPublisher(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = customPlugin("plugin_name", body.requireText("plugin_name"));
        String publisherId = body.requireText("publisher_unique_id");
        publisher("publisher_unique_id", publisherId);
        String versionNumber = body.text("version");
        if (versionNumber != null && !versionNumber.isEmpty()) {
            version(plugin, "version", versionNumber).publisherId = publisherId;
        }
        plugin.publisherId = publisherId;
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    // ---- icons ---------------------------------------------------------------------------------------------------

    private String storeIcon(CrudRequest request, String iconType) {
        Multipart.FilePart file = request.multipart(STYLE).requireFile("upload_file");
        if (file.content().length == 0) {
            throw STYLE.invalid("form field 'upload_file' is an empty file; send the icon image (PNG, JPG or SVG)");
        }
        String objectKey = Json.newId() + extensionOf(file.fileName());
        icons.put(objectKey, file.content());
        return "/api/v1/" + request.pathParam("domain_id") + "/common/get-plugin-icon?object_key=" + objectKey
                + "&icon_type=" + iconType;
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }

    private synchronized CrudReply uploadPluginIcon(CrudRequest request) {
        String name = request.queryFields(STYLE).text("plugin_name");
        Plugin plugin = name == null || name.isEmpty() ? null : customPlugin("plugin_name", name);
        String path = storeIcon(request, "plugin");
        if (plugin != null) {
            plugin.info.put("icon_url", path);
        }
        return CrudReply.text(path);
    }

    private synchronized CrudReply uploadPublisherIcon(CrudRequest request) {
        String enName = request.queryFields(STYLE).text("publisher_en_name");
        ObjectNode publisher = null;
        if (enName != null && !enName.isEmpty()) {
            publisher = publishers.values().stream()
                    .filter(p -> p.path("en_name").asText().equals(enName) && p.path("is_delete").asInt() == 0)
                    .findFirst().orElseThrow(() -> STYLE.notFound("Publisher", "publisher_en_name", enName));
        }
        String path = storeIcon(request, "publish");
        if (publisher != null) {
            publisher.put("logo_url", path);
        }
        return CrudReply.text(path);
    }

    // ---- publishers ----------------------------------------------------------------------------------------------

    private synchronized CrudReply createPublisher(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        String enName = body.text("en_name", name);
        if (!enName.matches("[A-Za-z0-9_-]{1,64}")) {
            throw STYLE.invalid("body field 'en_name' has value '" + enName + "'; use 1-64 letters, digits, '_' or '-'");
        }
        for (ObjectNode existing : publishers.values()) {
            if (existing.path("is_delete").asInt() == 0 && existing.path("en_name").asText().equals(enName)) {
                throw STYLE.invalid("body field 'en_name' has value '" + enName + "', which publisher '"
                        + existing.path("publisher_unique_id").asText() + "' already uses; choose another English name");
            }
        }
        String id = body.text("publisher_unique_id");
        if (id == null || id.isEmpty()) {
            id = Json.newId();
        } else if (publishers.containsKey(id)) {
            throw STYLE.invalid("body field 'publisher_unique_id' has value '" + id + "', which already exists; omit it to get a new id");
        }
        ObjectNode publisher = newPublisher(id, name, enName, body.text("description", ""), body.text("support_url", ""));
        publisher.put("logo_url", body.text("logo_url", ""));
        publisher.put("website", body.text("website", ""));
        publisher.put("source_url", body.text("source_url", ""));
        publisher.put("user_id", body.text("user_id", env.userId()));
        publishers.put(id, publisher);
        return CrudReply.okTrue();
    }

    private List<ObjectNode> livePublishers(String nameFilter) {
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode publisher : publishers.values()) {
            if (publisher.path("is_delete").asInt() == 0 && (TextFilter.keeps(nameFilter, publisher.path("name").asText())
                    || TextFilter.keeps(nameFilter, publisher.path("en_name").asText()))) {
                result.add(publisher);
            }
        }
        return result;
    }

    private synchronized CrudReply listPublishers(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        List<ObjectNode> matches = livePublishers(query.text("name"));
        ObjectNode reply = pageHeader(window, matches.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(matches, window[0], window[1]).forEach(p -> data.add(p.deepCopy()));
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply availablePublishers(CrudRequest request) {
        ArrayNode array = Json.array();
        livePublishers(null).forEach(p -> array.add(p.deepCopy()));
        return CrudReply.ok(array);
    }

    private synchronized CrudReply deletePublisher(CrudRequest request) {
        String id = request.queryFields(STYLE).requireText("publisher_unique_id");
        ObjectNode publisher = publisher("publisher_unique_id", id);
        for (Plugin plugin : plugins.values()) {
            if (id.equals(plugin.publisherId)) {
                throw STYLE.invalid("publisher '" + id + "' still has plug-in '" + plugin.name
                        + "' bound to it; bind the plug-in to another publisher first");
            }
        }
        publisher.put("is_delete", 1);
        publisher.put("last_update_time", Json.spaced(env.now()));
        return CrudReply.okTrue();
    }

    private synchronized CrudReply publisherDetails(CrudRequest request) {
        ArrayNode ids = request.arrayBody(STYLE, "publisher ids, e.g. [\"7f1c6b0f12f94b3d9e37eee0b541d3ac\"]");
        ObjectNode map = Json.object();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isTextual()) {
                throw STYLE.invalid("body item [" + i + "] has value " + Fields.shown(id) + " but must be a publisher id string");
            }
            ObjectNode publisher = publishers.get(id.asText());
            if (publisher != null && publisher.path("is_delete").asInt() == 0) {
                map.set(id.asText(), publisher.deepCopy());
            }
        }
        ObjectNode reply = Json.object();
        reply.set("publisher_detail_map", map);
        return CrudReply.ok(reply);
    }

    // ---- listings ------------------------------------------------------------------------------------------------

    private static ObjectNode pageHeader(long[] window, int total) {
        ObjectNode reply = Json.object();
        reply.put("offset", window[0]);
        reply.put("limit", window[1]);
        reply.put("total", total);
        return reply;
    }

    /**
     * PluginBasicVO. The keys are the examples' {@code *_attribution}, which the SDK reads, not the tables'
     * {@code *_attribute} (docs/api-notes.md, "attribute or attribution").
     */
    private ObjectNode basicView(Plugin plugin, Version version) {
        ObjectNode view = Json.object();
        view.put("plugin_name", plugin.name);
        view.set("display_name", plugin.info.get("display_name"));
        view.put("version", version == null ? "" : version.version);
        view.put("version_description", version == null ? null : version.description);
        view.set("description", plugin.info.get("description"));
        view.put("version_attribution", version == null ? "init" : version.attribute);
        view.put("unique_id", version == null ? plugin.info.path("unique_id").asText() : version.uniqueId);
        view.put("op_user", plugin.official ? "system" : env.userName());
        view.put("op_time", String.valueOf(version == null ? plugin.opTime : version.opTime));
        view.put("plugin_composition_type", plugin.composition);
        view.put("plugin_attribution", plugin.attribution());
        view.put("workspace_id", plugin.official ? "system" : env.domainId());
        view.set("business_type", plugin.info.get("business_type"));
        view.set("business_type_display_name", plugin.info.get("business_type_display_name"));
        view.set("maintainers", plugin.info.get("maintainers"));
        view.set("icon_url", plugin.info.get("icon_url"));
        view.put("refer_count", 0);
        view.put("usage_count", 0);
        view.set("runtime_attribution", plugin.info.get("runtime_attribute"));
        view.put("active", version != null && version.attribute.equals("formal") ? 1 : 0);
        return view;
    }

    private static Pattern regex(Fields fields, String field) {
        String value = fields.text(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(value, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw fields.style().invalid("body field '" + field + "' has value '" + value + "', which is not a valid regular "
                    + "expression (" + e.getDescription() + "); send a Java regular expression");
        }
    }

    private synchronized CrudReply allPlugins(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        Fields body = request.bodyFields(STYLE);
        String name = body.text("plugin_name");
        Pattern regex = regex(body, "regex_name");
        String maintainer = body.text("maintainer");
        List<String> types = body.texts("business_type");
        for (int i = 0; i < types.size(); i++) {
            if (!List.of(BUSINESS_TYPES).contains(types.get(i))) {
                throw STYLE.invalid("body field 'business_type[" + i + "]' has value '" + types.get(i) + "'; use one of "
                        + List.of(BUSINESS_TYPES));
            }
        }
        String attribution = body.textAny("plugin_attribute", "plugin_attribution");
        List<Plugin> matches = new ArrayList<>();
        for (Plugin plugin : plugins.values()) {
            if ((name == null || name.isEmpty() || plugin.name.contains(name))
                    && (regex == null || regex.matcher(plugin.name).find()
                    || regex.matcher(plugin.info.path("display_name").asText()).find())
                    && (maintainer == null || maintainer.isEmpty() || plugin.info.path("maintainers").asText().contains(maintainer))
                    && (types.isEmpty() || types.contains(plugin.info.path("business_type").asText()))
                    && (attribution == null || attribution.isEmpty() || attribution.equals(plugin.attribution()))) {
                matches.add(plugin);
            }
        }
        matches.sort(Comparator.comparingLong((Plugin plugin) -> plugin.opTime).reversed());
        ObjectNode reply = pageHeader(window, matches.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(matches, window[0], window[1]).forEach(plugin -> data.add(basicView(plugin, plugin.latest())));
        return CrudReply.ok(reply);
    }

    /**
     * PluginsListItem with the {@code *_attribution} keys of the examples and the SDK; 4.9.14's table says
     * {@code *_attributes}, which the SDK does not read.
     */
    private ObjectNode listItem(Plugin plugin) {
        Version latest = plugin.latest();
        ObjectNode item = Json.object();
        item.put("unique_id", latest == null ? plugin.info.path("unique_id").asText() : latest.uniqueId);
        item.set("display_name", plugin.info.get("display_name"));
        item.put("plugin_name", plugin.name);
        item.put("disabled", latest == null);
        item.set("group_name", plugin.info.get("business_type_display_name"));
        item.set("group_type", plugin.info.get("business_type"));
        item.put("plugin_attribution", plugin.attribution());
        item.put("plugin_composition_type", plugin.composition);
        item.set("runtime_attribution", plugin.info.get("runtime_attribute"));
        ArrayNode steps = item.putArray("all_steps");
        ObjectNode step = steps.addObject();
        step.put("plugin_name", plugin.name);
        step.set("display_name", plugin.info.get("display_name"));
        step.put("version", latest == null ? "" : latest.version);
        item.set("description", plugin.info.get("description"));
        item.put("version_attribution", latest == null ? "draft" : latest.attribute);
        item.set("icon_url", plugin.info.get("icon_url"));
        item.put("multi_step_editable", plugin.composition.equals("multi") ? 1 : 0);
        return item;
    }

    /** Plug-ins grouped by business type, each group as 4.9.14/4.9.16 describe it. */
    private ArrayNode groupedByType(List<Plugin> selected, boolean stageVariant) {
        ArrayNode groups = Json.array();
        for (String type : BUSINESS_TYPES) {
            ArrayNode list = Json.array();
            for (Plugin plugin : selected) {
                if (plugin.info.path("business_type").asText().equals(type)) {
                    ObjectNode item = listItem(plugin);
                    if (stageVariant) {
                        item.put("standard", plugin.official);
                    } else {
                        item.put("location", "pipeline,service");
                        item.put("publisher_unique_id", plugin.publisherId == null ? "" : plugin.publisherId);
                        item.put("manifest_version", "3.0");
                    }
                    list.add(item);
                }
            }
            if (list.isEmpty()) {
                continue;
            }
            ObjectNode group = groups.addObject();
            group.set("plugins_list", list);
            group.put("display_name", BUSINESS_TYPE_NAMES.get(type));
            group.put("business_type", type);
            group.put("unique_id", type.toLowerCase(Locale.ROOT));
            group.set("conditions", Json.textArray("pipeline"));
            if (stageVariant) {
                ObjectNode addable = group.putArray("addables").addObject();
                addable.put("additionalProp1", true);
                addable.put("additionalProp2", true);
                addable.put("additionalProp3", true);
            }
            group.put("editable", true);
            group.put("removable", true);
            group.put("cloneable", true);
            group.put("disabled", false);
        }
        return groups;
    }

    private List<Plugin> usablePlugins(String businessType, Pattern regex) {
        List<Plugin> selected = new ArrayList<>();
        for (Plugin plugin : plugins.values()) {
            if (plugin.latest() != null
                    && (businessType == null || businessType.isEmpty() || plugin.info.path("business_type").asText().equals(businessType))
                    && (regex == null || regex.matcher(plugin.name).find()
                    || regex.matcher(plugin.info.path("display_name").asText()).find())) {
                selected.add(plugin);
            }
        }
        return selected;
    }

    private synchronized CrudReply stagePlugins(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        for (String field : List.of("use_condition", "comp_id", "comp_name", "cloud_id", "strategy_id", "category",
                "publish_tab", "platform", "comp_extend_type", "deploy_type")) {
            body.text(field);
        }
        // The table gives category no enumeration: it filters on the business type, an unknown one matches nothing.
        String category = body.text("category");
        ObjectNode reply = Json.object();
        reply.set("full_stage_plugins_item_list", groupedByType(usablePlugins(category, null), true));
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply selectablePlugins(CrudRequest request) {
        long[] window = Paging.offsetLimit(request.queryFields(STYLE), true, 10, 1000);
        Fields body = request.bodyFields(STYLE);
        body.text("use_condition");
        body.enumText("input_repo_type", "codehub", "gitlab", "github");
        body.enumText("input_source_type", "single", "multi");
        String businessType = body.enumText("business_type", BUSINESS_TYPES);
        ArrayNode groups = groupedByType(usablePlugins(businessType, regex(body, "regex_name")), false);
        List<JsonNode> all = new ArrayList<>();
        groups.forEach(all::add);
        ObjectNode reply = pageHeader(window, all.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(all, window[0], window[1]).forEach(data::add);
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply basicPlugins(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        String attribution = query.enumText("attribution", "official", "custom");
        List<Plugin> matches = new ArrayList<>();
        for (Plugin plugin : plugins.values()) {
            if (plugin.composition.equals("single") && (attribution == null || attribution.equals(plugin.attribution()))) {
                matches.add(plugin);
            }
        }
        ObjectNode reply = pageHeader(window, matches.size());
        ArrayNode data = reply.putArray("data");
        for (Plugin plugin : Paging.window(matches, window[0], window[1])) {
            ObjectNode item = data.addObject();
            item.put("name", plugin.name);
            item.set("display_name", plugin.info.get("display_name"));
            item.put("plugin_attribution", plugin.attribution());
            item.set("icon_url", plugin.info.get("icon_url"));
            item.set("description", plugin.info.get("description"));
            item.put("publisher_id", plugin.publisherId == null ? "" : plugin.publisherId);
            item.put("manifest_version", "3.0");
        }
        return CrudReply.ok(reply);
    }

    /** 4.9.18-20: a bare array of PluginPartQuery in, a bare array of per-plug-in data out. */
    private synchronized CrudReply versionData(CrudRequest request, String kind) {
        ArrayNode queries = request.arrayBody(STYLE, "plug-in queries, e.g. [{\"plugin_name\":\"official_shell_plugin\",\"version\":\"0.0.1\"}]");
        ArrayNode reply = Json.array();
        for (int i = 0; i < queries.size(); i++) {
            JsonNode element = queries.get(i);
            if (!element.isObject()) {
                throw STYLE.invalid("body item [" + i + "] has value " + Fields.shown(element) + " but must be a JSON object");
            }
            Fields query = Fields.body(element, STYLE);
            String field = "[" + i + "].plugin_name";
            String name = query.text("plugin_name");
            if (name == null || name.isBlank()) {
                throw STYLE.invalid("body field '" + field + "' is mandatory: send the plug-in name");
            }
            Plugin plugin = plugin(field, name);
            String versionNumber = query.text("version");
            Version version = versionNumber == null || versionNumber.isEmpty() ? plugin.latest()
                    : version(plugin, "[" + i + "].version", versionNumber);
            ObjectNode item = reply.addObject();
            item.put("plugin_name", plugin.name);
            item.set("display_name", plugin.info.get("display_name"));
            ArrayNode data = item.putArray("data");
            if (version == null) {
                continue;
            }
            ArrayNode source = switch (kind) {
                case "metrics" -> version.metrics;
                case "outputs" -> version.outputs;
                default -> version.inputs;
            };
            for (JsonNode entry : source) {
                ObjectNode row = Json.object();
                row.put("unique_id", version.uniqueId);
                if (kind.equals("inputs")) {
                    row.set("name", entry.get("name"));
                    row.set("default_value", entry.get("default_value"));
                }
                row.put("plugin_name", plugin.name);
                row.put("version", version.version);
                row.put("workspace_id", plugin.official ? "system" : env.domainId());
                row.setAll(((ObjectNode) entry).deepCopy());
                data.add(row);
            }
        }
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply versionsInfo(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        Plugin plugin = plugin("plugin_name", query.requireText("plugin_name"));
        List<Version> versions = newestFirst(plugin);
        ObjectNode reply = pageHeader(window, versions.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(versions, window[0], window[1]).forEach(version -> data.add(basicView(plugin, version)));
        return CrudReply.ok(reply);
    }

    private static List<Version> newestFirst(Plugin plugin) {
        List<Version> versions = new ArrayList<>(plugin.versions.values());
        versions.sort(Comparator.comparing((Version version) -> version.version, ExtensionPlugins::compareVersions).reversed());
        return versions;
    }

    /** Compares dotted version numbers numerically where they are numbers ("0.0.10" after "0.0.9"). */
    static int compareVersions(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int order = x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private synchronized CrudReply versionNumbers(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 999, 1000);
        Plugin plugin = plugin("plugin_name", query.requireText("plugin_name"));
        List<String> numbers = newestFirst(plugin).stream().map(version -> version.version).toList();
        // The table's paged shape (the example's bare array is the ⚠ variant).
        ObjectNode reply = pageHeader(window, numbers.size());
        reply.set("data", Json.textArray(Paging.window(numbers, window[0], window[1])));
        return CrudReply.ok(reply);
    }

    private synchronized CrudReply versionDetail(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = plugin("plugin_name", query.requireText("plugin_name"));
        Version version = version(plugin, "version", query.requireText("version"));
        ObjectNode detail = Json.object();
        detail.put("plugin_name", plugin.name);
        detail.set("display_name", plugin.info.get("display_name"));
        detail.put("op_user", plugin.official ? "system" : env.userName());
        detail.put("op_time", String.valueOf(version.opTime));
        detail.put("version", version.version);
        detail.put("unique_id", version.uniqueId);
        detail.put("version_description", version.description);
        detail.put("version_attribution", version.attribute);
        detail.put("plugin_composition_type", plugin.composition);
        detail.put("plugin_attribution", plugin.attribution());
        ArrayNode inputs = detail.putArray("input_info");
        for (JsonNode input : version.inputs) {
            ObjectNode row = Json.object();
            row.put("unique_id", version.uniqueId);
            row.set("name", input.get("name"));
            row.set("default_value", input.get("default_value"));
            row.put("plugin_name", plugin.name);
            row.put("version", version.version);
            row.set("type", input.get("type"));
            row.put("workspace_id", plugin.official ? "system" : env.domainId());
            row.set("validation", validation(input.path("validation")));
            row.set("layout_content", input.get("layout_content"));
            inputs.add(row);
        }
        ObjectNode execution = Json.object();
        execution.put("logic_id", version.uniqueId);
        execution.put("plugin_name", plugin.name);
        execution.put("version", version.version);
        execution.put("basic_instance_id", plugin.info.path("unique_id").asText());
        execution.put("workspace_id", plugin.official ? "system" : env.domainId());
        JsonNode inner = version.execution == null ? null : version.execution.get("inner_execution_info");
        if (inner != null && inner.isObject()) {
            execution.setAll(((ObjectNode) inner).deepCopy());
        } else {
            execution.put("execution_type", plugin.composition.equals("single") ? "SINGLE" : "COMPOSITE");
            execution.putArray("steps");
        }
        detail.set("plugin_execution", execution);
        detail.set("runtime_attribution", plugin.info.get("runtime_attribute"));
        return CrudReply.ok(detail);
    }

    /** ExtensionValidation (EV) with all five keys, as the 4.9.19 and 4.9.30 examples send it: unset ones null. */
    static ObjectNode validation(JsonNode given) {
        return allKeys(given, "required_message", "regex", "regex_message", "max_length", "min_length");
    }

    /** ExtensionExtendProp (EEP) with all five keys, as the 4.9.19 and 4.9.30 examples send it: unset ones null. */
    static ObjectNode extendProp(JsonNode given) {
        return allKeys(given, "api_options", "api_type", "options", "disabled_conditions", "visible_conditions");
    }

    private static ObjectNode allKeys(JsonNode given, String... keys) {
        ObjectNode node = Json.object();
        for (String key : keys) {
            JsonNode value = given == null ? null : given.get(key);
            node.set(key, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value.deepCopy());
        }
        return node;
    }

    // ---- basic (single) plug-ins ---------------------------------------------------------------------------------

    private synchronized CrudReply createBasic(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("plugin_name");
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw STYLE.invalid("body field 'plugin_name' has value '" + name + "'; use 1-64 letters, digits or '_'");
        }
        if (plugins.containsKey(name)) {
            throw STYLE.invalid("body field 'plugin_name' has value '" + name + "', which already exists; choose another name");
        }
        String composition = body.enumText("plugin_composition_type", "single", "multi");
        if ("multi".equals(composition)) {
            throw STYLE.invalid("body field 'plugin_composition_type' has value 'multi'; basic plug-ins are 'single' "
                    + "(create composite plug-ins with agent-plugin/create)");
        }
        plugins.put(name, new Plugin(name, false, "single", mergedInfo(body, null), env.now()));
        return CrudReply.okTrue();
    }

    private synchronized CrudReply deleteBasic(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String name = query.requireText("plugin_name");
        query.enumText("type", "all"); // sent by the document's example, undocumented in the table
        Plugin plugin = customPlugin("plugin_name", name);
        if (!plugin.composition.equals("single")) {
            throw STYLE.invalid("plug-in '" + name + "' is a composite plug-in, not a basic one; it cannot be deleted here");
        }
        plugins.remove(name);
        return CrudReply.okTrue();
    }

    private synchronized CrudReply uploadBasic(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String name = query.text("plugin_name");
        String businessType = query.enumText("business_type", BUSINESS_TYPES);
        Multipart.FilePart file = request.multipart(STYLE).requireFile("upload_file");
        ObjectNode manifest = readManifest(file.content());
        Fields manifestFields = Fields.body(manifest, STYLE);
        String manifestName = manifestFields.text("name");
        String versionNumber = manifestFields.text("version");
        if (manifestName == null || manifestName.isBlank() || versionNumber == null || versionNumber.isBlank()) {
            throw STYLE.invalid("form field 'upload_file': " + MANIFEST_FILE + " must give \"name\" and \"version\"");
        }
        if (name != null && !name.isEmpty() && !name.equals(manifestName)) {
            throw STYLE.invalid("query parameter 'plugin_name' has value '" + name + "' but the package's " + MANIFEST_FILE
                    + " names '" + manifestName + "'; upload the package of that plug-in");
        }
        Plugin plugin = plugins.get(manifestName);
        if (plugin == null) {
            ObjectNode info = Json.object();
            info.put("plugin_name", manifestName);
            info.put("display_name", manifestFields.text("friendly_name", manifestName));
            info.put("description", manifestFields.text("description", ""));
            info.put("business_type", businessType == null ? "Normal" : businessType);
            plugin = new Plugin(manifestName, false, "single", mergedInfo(Fields.body(info, STYLE), null), env.now());
            plugins.put(manifestName, plugin);
        } else {
            customPlugin("plugin_name", manifestName);
            if (!plugin.composition.equals("single")) {
                throw STYLE.invalid("plug-in '" + manifestName + "' is a composite plug-in; packages are uploaded for basic plug-ins");
            }
        }
        Version version = plugin.versions.get(versionNumber);
        if (version == null) {
            version = new Version(versionNumber, "formal", Json.newId(), env.now());
            plugin.versions.put(versionNumber, version);
        }
        version.manifest = manifest;
        version.sha256 = sha256(file.content());
        version.description = manifestFields.text("version_description", "");
        version.opTime = env.now();
        ArrayNode inputs = Json.array();
        for (JsonNode input : manifest.path("inputs")) {
            ObjectNode row = inputs.addObject();
            row.put("name", input.path("name").asText());
            row.put("default_value", input.path("default_value").asText(""));
            row.put("type", input.path("type").asText("input"));
            row.set("validation", validation(input.path("validation")));
            row.put("layout_content", "");
        }
        version.inputs = inputs;
        ArrayNode outputs = Json.array();
        for (JsonNode output : manifest.path("outputs")) {
            ObjectNode row = outputs.addObject();
            row.put("output_key", output.path("name").asText());
            row.put("output_value", Json.toJson(output));
        }
        version.outputs = outputs;
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    /** Finds codearts-extension.json in the uploaded zip. */
    private static ObjectNode readManifest(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entryName.equals(MANIFEST_FILE) || entryName.endsWith("/" + MANIFEST_FILE)) {
                    JsonNode parsed = Json.MAPPER.readTree(zip.readNBytes(1 << 20));
                    if (parsed == null || !parsed.isObject()) {
                        break;
                    }
                    return (ObjectNode) parsed;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            throw STYLE.invalid("form field 'upload_file' is not a readable plug-in package (" + unreadable.getMessage()
                    + "); upload a zip containing " + MANIFEST_FILE);
        }
        throw STYLE.invalid("form field 'upload_file' has no " + MANIFEST_FILE + " object; upload a zip whose "
                + MANIFEST_FILE + " gives type, name, version, inputs, outputs and execution");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private synchronized CrudReply basicDetail(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = plugin("plugin_name", query.requireText("plugin_name"));
        Version version = version(plugin, "version", query.requireText("version"));
        ObjectNode manifest = version.manifest == null ? Json.object() : version.manifest;
        ObjectNode detail = Json.object();
        detail.put("type", manifest.path("type").asText("Task"));
        detail.put("name", plugin.name);
        detail.set("friendly_name", plugin.info.get("display_name"));
        detail.put("category", manifest.path("category").asText(plugin.info.path("business_type").asText()));
        detail.set("description", plugin.info.get("description"));
        detail.put("version", version.version);
        detail.put("version_description", version.description);
        ArrayNode inputs = detail.putArray("inputs");
        for (JsonNode input : version.manifest == null ? version.inputs : manifest.path("inputs")) {
            ObjectNode row = inputs.addObject();
            row.put("name", input.path("name").asText());
            row.put("type", input.path("type").asText("input"));
            row.put("label", input.path("label").asText(input.path("name").asText()));
            row.put("description", input.path("description").asText(""));
            row.put("default_value", input.path("default_value").asText(""));
            row.put("required", input.path("required").asBoolean(false));
            row.set("extend_prop", extendProp(input.path("extend_prop")));
            row.set("validation", validation(input.path("validation")));
        }
        ArrayNode outputs = detail.putArray("outputs");
        for (JsonNode output : manifest.path("outputs")) {
            ObjectNode row = outputs.addObject();
            row.put("name", output.path("name").asText());
            row.put("type", output.path("type").asText("string"));
            row.put("description", output.path("description").asText(""));
        }
        ObjectNode execution = detail.putObject("execution");
        execution.put("target", manifest.path("execution").path("target").asText(""));
        execution.put("type", manifest.path("execution").path("type").asText(""));
        execution.put("sha256", version.sha256 == null ? "" : version.sha256);
        return CrudReply.ok(detail);
    }
}
