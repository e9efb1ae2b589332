package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Plugin;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Version;
import java.util.List;
import java.util.stream.Stream;

/**
 * Doc A §4.9: basic ("single") plug-ins, created with the /v3 extension endpoints; each uploaded package
 * ({@link PluginPackage}) becomes a formal version with the inputs and outputs its manifest declares.
 */
final class BasicPlugins implements ResourceFamily {

    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private final PluginCatalog catalog;
    private final CrudEnvironment env;

    BasicPlugins(PluginCatalog catalog) {
        this.catalog = catalog;
        this.env = catalog.env;
    }

    @Override
    public List<CrudRoute> routes() {
        String v3 = "/v3/{domain_id}/extension";
        return Stream.of(
                new CrudRoute("createBasicPlugin", "POST", v3 + "/info/add", this::createBasic),
                new CrudRoute("deleteBasicPlugin", "DELETE", v3 + "/info/delete", this::deleteBasic),
                new CrudRoute("uploadBasicPlugin", "POST", v3 + "/upload", this::uploadBasic),
                new CrudRoute("showBasicPluginDetail", "GET", v3 + "/detail", this::basicDetail))
                .map(route -> route.lockedBy(catalog)).toList();
    }

    private CrudReply createBasic(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("plugin_name");
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw STYLE.invalid("body field 'plugin_name' has value '" + name + "'; use 1-64 letters, digits or '_'");
        }
        if (catalog.plugins.containsKey(name)) {
            throw STYLE.invalid("body field 'plugin_name' has value '" + name + "', which already exists; choose another name");
        }
        String composition = body.enumText("plugin_composition_type", "single", "multi");
        if ("multi".equals(composition)) {
            throw STYLE.invalid("body field 'plugin_composition_type' has value 'multi'; basic plug-ins are 'single' "
                    + "(create composite plug-ins with agent-plugin/create)");
        }
        catalog.plugins.put(name, new Plugin(name, false, "single", PluginCatalog.mergedInfo(body, null), env.now()));
        return CrudReply.okTrue();
    }

    private CrudReply deleteBasic(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String name = query.requireText("plugin_name");
        query.enumText("type", "all"); // sent by the document's example, undocumented in the table
        Plugin plugin = catalog.customPlugin("plugin_name", name);
        if (!plugin.composition.equals("single")) {
            throw STYLE.invalid("plug-in '" + name + "' is a composite plug-in, not a basic one; it cannot be deleted here");
        }
        catalog.plugins.remove(name);
        return CrudReply.okTrue();
    }

    private CrudReply uploadBasic(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String name = query.text("plugin_name");
        String businessType = query.enumText("business_type", PluginCatalog.BUSINESS_TYPES);
        Multipart.FilePart file = request.multipart(STYLE).requireFile("upload_file");
        ObjectNode manifest = PluginPackage.readManifest(file.content());
        Fields manifestFields = Fields.body(manifest, STYLE);
        String manifestName = manifestFields.text("name");
        String versionNumber = manifestFields.text("version");
        if (manifestName == null || manifestName.isBlank() || versionNumber == null || versionNumber.isBlank()) {
            throw STYLE.invalid("form field 'upload_file': " + PluginPackage.MANIFEST_FILE + " must give \"name\" and \"version\"");
        }
        if (name != null && !name.isEmpty() && !name.equals(manifestName)) {
            throw STYLE.invalid("query parameter 'plugin_name' has value '" + name + "' but the package's " + PluginPackage.MANIFEST_FILE
                    + " names '" + manifestName + "'; upload the package of that plug-in");
        }
        Plugin plugin = catalog.plugins.get(manifestName);
        if (plugin == null) {
            ObjectNode info = Json.object();
            info.put("plugin_name", manifestName);
            info.put("display_name", manifestFields.text("friendly_name", manifestName));
            info.put("description", manifestFields.text("description", ""));
            info.put("business_type", businessType == null ? "Normal" : businessType);
            plugin = new Plugin(manifestName, false, "single", PluginCatalog.mergedInfo(Fields.body(info, STYLE), null), env.now());
            catalog.plugins.put(manifestName, plugin);
        } else {
            catalog.customPlugin("plugin_name", manifestName);
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
        version.sha256 = Digests.hex("SHA-256", file.content());
        version.description = manifestFields.text("version_description", "");
        version.opTime = env.now();
        ArrayNode inputs = Json.array();
        for (JsonNode input : manifest.path("inputs")) {
            ObjectNode row = inputs.addObject();
            row.put("name", input.path("name").asText());
            row.put("default_value", input.path("default_value").asText(""));
            row.put("type", input.path("type").asText("input"));
            row.set("validation", PluginCatalog.validation(input.path("validation")));
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

    private CrudReply basicDetail(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = catalog.plugin("plugin_name", query.requireText("plugin_name"));
        Version version = PluginCatalog.version(plugin, "version", query.requireText("version"));
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
            row.set("extend_prop", PluginCatalog.extendProp(input.path("extend_prop")));
            row.set("validation", PluginCatalog.validation(input.path("validation")));
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
