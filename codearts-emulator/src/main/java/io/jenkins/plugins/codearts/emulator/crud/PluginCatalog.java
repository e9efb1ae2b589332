package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extension plug-ins and publishers of a tenant (Doc A §4.9), shared by the families that serve them:
 * {@link PluginVersions}, {@link PluginListings}, {@link BasicPlugins}, {@link PluginPublishers} and
 * {@link PluginIcons}. Its monitor is their one lock ({@link CrudRoute#lockedBy}).
 *
 * <p>A plug-in is keyed by {@code plugin_name}; it has plug-in level information and versions keyed by
 * {@code version}, each a draft or formal ({@code version_attribute}). Composite ("multi") plug-ins are created with
 * agent-plugin/create; "basic" ("single") plug-ins with the /v3 extension endpoints and get versions by uploading a
 * package ({@link PluginPackage}). Official plug-ins are seeded and read-only. Key spellings: input accepts both
 * {@code *_attribute(s)} (tables) and {@code *_attribution} (examples); output uses {@code *_attribution}, the
 * spelling of the examples and of the official SDK.
 */
final class PluginCatalog {

    static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    static final String[] BUSINESS_TYPES = {"Build", "Gate", "Deploy", "Test", "Normal"};
    static final Map<String, String> BUSINESS_TYPE_NAMES = Map.of(
            "Build", "Build", "Gate", "CodeCheck", "Deploy", "Deploy", "Test", "Test", "Normal", "General");

    final CrudEnvironment env;
    final Map<String, Plugin> plugins = new LinkedHashMap<>();
    final Map<String, ObjectNode> publishers = new LinkedHashMap<>();

    static final class Plugin {
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

    static final class Version {
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

    PluginCatalog(CrudEnvironment env) {
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

    ObjectNode newPublisher(String id, String name, String enName, String description, String supportUrl) {
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

    Plugin plugin(String field, String name) {
        Plugin plugin = plugins.get(name);
        if (plugin == null) {
            throw STYLE.notFound("Plug-in", field, name);
        }
        return plugin;
    }

    Plugin customPlugin(String field, String name) {
        Plugin plugin = plugin(field, name);
        if (plugin.official) {
            throw new BusinessError("DEVCP.00014031", "Insufficient permissions: '" + name
                    + "' is an official plug-in and is read-only; create a custom plug-in instead");
        }
        return plugin;
    }

    static Version version(Plugin plugin, String field, String version) {
        Version found = plugin.versions.get(version);
        if (found == null) {
            throw STYLE.notFound("Plug-in version", field, plugin.name + "@" + version);
        }
        return found;
    }

    ObjectNode publisher(String field, String id) {
        ObjectNode publisher = publishers.get(id);
        if (publisher == null || publisher.path("is_delete").asInt() == 1) {
            throw STYLE.notFound("Publisher", field, id);
        }
        return publisher;
    }

    /** Plug-in level fields of PB/PIB bodies, keeping what the body leaves out. */
    static ObjectNode mergedInfo(Fields body, ObjectNode previous) {
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

    static List<Version> newestFirst(Plugin plugin) {
        List<Version> versions = new ArrayList<>(plugin.versions.values());
        versions.sort(Comparator.comparing((Version version) -> version.version, PluginCatalog::compareVersions).reversed());
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

    /** ExtensionValidation (EV) with all five keys, as the Doc A §4.9.19 and §4.9.30 examples send it: unset ones null. */
    static ObjectNode validation(JsonNode given) {
        return allKeys(given, "required_message", "regex", "regex_message", "max_length", "min_length");
    }

    /** ExtensionExtendProp (EEP) with all five keys, as the Doc A §4.9.19 and §4.9.30 examples send it: unset ones null. */
    static ObjectNode extendProp(JsonNode given) {
        return allKeys(given, "api_options", "api_type", "options", "disabled_conditions", "visible_conditions");
    }

    private static ObjectNode allKeys(JsonNode given, String... keys) {
        ObjectNode node = Json.object();
        for (String key : keys) {
            JsonNode value = given == null ? null : given.get(key);
            node.set(key, value == null ? NullNode.getInstance() : value.deepCopy());
        }
        return node;
    }

    /** The offset, limit and total that head every paged plug-in and publisher listing. */
    static ObjectNode pageHeader(long[] window, int total) {
        ObjectNode reply = Json.object();
        reply.put("offset", window[0]);
        reply.put("limit", window[1]);
        reply.put("total", total);
        return reply;
    }
}
