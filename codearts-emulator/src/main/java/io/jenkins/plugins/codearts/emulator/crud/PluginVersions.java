package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Plugin;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Version;
import java.util.List;
import java.util.stream.Stream;

/**
 * Doc A §4.9: the versions and plug-in information of extension plug-ins: drafts and formal versions of composite
 * plug-ins, the plug-in level fields of every custom plug-in, and binding plug-ins to publishers.
 */
final class PluginVersions implements ResourceFamily {

    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private final PluginCatalog catalog;
    private final CrudEnvironment env;

    PluginVersions(PluginCatalog catalog) {
        this.catalog = catalog;
        this.env = catalog.env;
    }

    @Override
    public List<CrudRoute> routes() {
        String v1 = "/v1/{domain_id}";
        String v3 = "/v3/{domain_id}/extension";
        return Stream.of(
                new CrudRoute("createPluginVersion", "POST", v1 + "/agent-plugin/create", r -> createVersion(r, "formal")),
                new CrudRoute("createPluginDraft", "POST", v1 + "/agent-plugin/create-draft", r -> createVersion(r, "draft")),
                new CrudRoute("updatePluginDraft", "POST", v1 + "/agent-plugin/edit-draft", this::updateDraft),
                new CrudRoute("publishPluginDraft", "POST", v1 + "/agent-plugin/publish-draft", this::publishDraft),
                new CrudRoute("updatePluginInfo", "POST", v1 + "/agent-plugin/update-info", r -> updateInfo(r, "multi")),
                new CrudRoute("publishPlugin", "POST", v1 + "/agent-plugin/publish-plugin", this::publishPlugin),
                new CrudRoute("bindPluginToPublisher", "POST", v1 + "/agent-plugin/publish-plugin-bind", this::bindPublisher),
                new CrudRoute("deletePluginDraft", "DELETE", v1 + "/agent-plugin/delete-draft", this::deleteDraft),
                new CrudRoute("updateBasicPlugin", "POST", v3 + "/info/update", r -> updateInfo(r, "single")))
                .map(route -> route.lockedBy(catalog)).toList();
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

    private CrudReply createVersion(CrudRequest request, String attribute) {
        Fields body = request.bodyFields(STYLE);
        // Every PB field is optional in the table; a version cannot exist without its two keys, so they are required.
        String name = body.requireText("plugin_name");
        String versionNumber = body.requireText("version");
        Plugin plugin = catalog.plugins.get(name);
        if (plugin != null && plugin.official) {
            catalog.customPlugin("plugin_name", name);
        }
        if (plugin != null && plugin.versions.containsKey(versionNumber)) {
            throw STYLE.invalid("body field 'version' has value '" + versionNumber + "', which plug-in '" + name
                    + "' already has; choose a new version number or edit the draft");
        }
        if (plugin != null && attribute.equals("draft") && plugin.versions.values().stream().anyMatch(v -> v.attribute.equals("draft"))) {
            throw STYLE.invalid("plug-in '" + name + "' already has a draft; edit or publish it before creating another");
        }
        if (plugin == null) {
            plugin = new Plugin(name, false, "multi", PluginCatalog.mergedInfo(body, null), env.now());
            catalog.plugins.put(name, plugin);
        } else {
            plugin.info = PluginCatalog.mergedInfo(body, plugin.info);
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
        Version version = PluginCatalog.version(plugin, "version", versionNumber);
        if (!version.attribute.equals("draft")) {
            throw STYLE.invalid("version '" + versionNumber + "' of plug-in '" + plugin.name + "' is " + version.attribute
                    + ", not a draft; create a draft to change it");
        }
        return version;
    }

    private CrudReply updateDraft(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = draft(plugin, body);
        plugin.info = PluginCatalog.mergedInfo(body, plugin.info);
        applyVersionFields(body, version);
        version.opTime = env.now();
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private CrudReply publishDraft(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = draft(plugin, body);
        version.attribute = "formal";
        version.opTime = env.now();
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private CrudReply deleteDraft(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", query.requireText("plugin_name"));
        Version version = draft(plugin, query);
        plugin.versions.remove(version.version);
        return CrudReply.okTrue();
    }

    private CrudReply updateInfo(CrudRequest request, String composition) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", body.requireText("plugin_name"));
        String declared = body.enumText("plugin_composition_type", "single", "multi");
        if (!plugin.composition.equals(composition) || (declared != null && !declared.equals(plugin.composition))) {
            throw STYLE.invalid("plug-in '" + plugin.name + "' is a " + plugin.composition + " plug-in; update it with "
                    + (plugin.composition.equals("single") ? "/v3/{domain_id}/extension/info/update" : "agent-plugin/update-info"));
        }
        plugin.info = PluginCatalog.mergedInfo(body, plugin.info);
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private CrudReply publishPlugin(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", body.requireText("plugin_name"));
        Version version = PluginCatalog.version(plugin, "version", body.requireText("version"));
        String publisherId = body.requireText("publisher_unique_id");
        catalog.publisher("publisher_unique_id", publisherId);
        if (!version.attribute.equals("formal")) {
            throw STYLE.invalid("version '" + version.version + "' of plug-in '" + plugin.name
                    + "' is a draft; publish the draft (agent-plugin/publish-draft) first");
        }
        version.publisherId = publisherId;
        plugin.publisherId = publisherId;
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }

    private CrudReply bindPublisher(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Plugin plugin = catalog.customPlugin("plugin_name", body.requireText("plugin_name"));
        String publisherId = body.requireText("publisher_unique_id");
        catalog.publisher("publisher_unique_id", publisherId);
        String versionNumber = body.text("version");
        if (versionNumber != null && !versionNumber.isEmpty()) {
            PluginCatalog.version(plugin, "version", versionNumber).publisherId = publisherId;
        }
        plugin.publisherId = publisherId;
        plugin.opTime = env.now();
        return CrudReply.okTrue();
    }
}
