package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Plugin;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Doc A §4.9: the read side of extension plug-ins: every listing (all, by stage, selectable, basic), the inputs,
 * outputs and metrics of versions, version lists and the version detail.
 */
final class PluginListings implements ResourceFamily {

    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private final PluginCatalog catalog;
    private final CrudEnvironment env;

    PluginListings(PluginCatalog catalog) {
        this.catalog = catalog;
        this.env = catalog.env;
    }

    @Override
    public List<CrudRoute> routes() {
        String v1 = "/v1/{domain_id}";
        return Stream.of(
                new CrudRoute("listStagePlugins", "POST", v1 + "/relation/stage-plugins", this::stagePlugins),
                new CrudRoute("listBasicPlugins", "GET", v1 + "/relation/plugin/single", this::basicPlugins),
                new CrudRoute("listSelectablePluginsPaged", "POST", v1 + "/relation/plugins", this::selectablePlugins),
                new CrudRoute("listAllPlugins", "POST", v1 + "/agent-plugin/query-all", this::allPlugins),
                new CrudRoute("listPluginMetrics", "POST", v1 + "/agent-plugin/plugin-metrics", r -> versionData(r, "metrics")),
                new CrudRoute("listPluginInputs", "POST", v1 + "/agent-plugin/plugin-input", r -> versionData(r, "inputs")),
                new CrudRoute("listPluginOutputs", "POST", v1 + "/agent-plugin/plugin-output", r -> versionData(r, "outputs")),
                new CrudRoute("listPluginVersionsInfo", "GET", v1 + "/agent-plugin/query", this::versionsInfo),
                // Doc A §4.9.21's example sends POST (⚠): accepted as well.
                new CrudRoute("listPluginVersionsInfo.examplePost", "POST", v1 + "/agent-plugin/query", this::versionsInfo),
                new CrudRoute("showPluginVersionDetail", "GET", v1 + "/agent-plugin/detail", this::versionDetail),
                new CrudRoute("listPluginVersionNumbers", "GET", v1 + "/agent-plugin/all-version", this::versionNumbers))
                .map(route -> route.lockedBy(catalog)).toList();
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

    private CrudReply allPlugins(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        Fields body = request.bodyFields(STYLE);
        String name = body.text("plugin_name");
        Pattern regex = regex(body, "regex_name");
        String maintainer = body.text("maintainer");
        List<String> types = body.texts("business_type");
        for (int i = 0; i < types.size(); i++) {
            if (!List.of(PluginCatalog.BUSINESS_TYPES).contains(types.get(i))) {
                throw STYLE.invalid("body field 'business_type[" + i + "]' has value '" + types.get(i) + "'; use one of "
                        + List.of(PluginCatalog.BUSINESS_TYPES));
            }
        }
        String attribution = body.textAny("plugin_attribute", "plugin_attribution");
        List<Plugin> matches = new ArrayList<>();
        for (Plugin plugin : catalog.plugins.values()) {
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
        ObjectNode reply = PluginCatalog.pageHeader(window, matches.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(matches, window[0], window[1]).forEach(plugin -> data.add(basicView(plugin, plugin.latest())));
        return CrudReply.ok(reply);
    }

    /**
     * PluginsListItem with the {@code *_attribution} keys of the examples and the SDK; Doc A §4.9.14's table says
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

    /** Plug-ins grouped by business type, each group as Doc A §4.9.14/§4.9.16 describe it. */
    private ArrayNode groupedByType(List<Plugin> selected, boolean stageVariant) {
        ArrayNode groups = Json.array();
        for (String type : PluginCatalog.BUSINESS_TYPES) {
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
            group.put("display_name", PluginCatalog.BUSINESS_TYPE_NAMES.get(type));
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
        for (Plugin plugin : catalog.plugins.values()) {
            if (plugin.latest() != null
                    && (businessType == null || businessType.isEmpty() || plugin.info.path("business_type").asText().equals(businessType))
                    && (regex == null || regex.matcher(plugin.name).find()
                    || regex.matcher(plugin.info.path("display_name").asText()).find())) {
                selected.add(plugin);
            }
        }
        return selected;
    }

    private CrudReply stagePlugins(CrudRequest request) {
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

    private CrudReply selectablePlugins(CrudRequest request) {
        long[] window = Paging.offsetLimit(request.queryFields(STYLE), true, 10, 1000);
        Fields body = request.bodyFields(STYLE);
        body.text("use_condition");
        body.enumText("input_repo_type", "codehub", "gitlab", "github");
        body.enumText("input_source_type", "single", "multi");
        String businessType = body.enumText("business_type", PluginCatalog.BUSINESS_TYPES);
        ArrayNode groups = groupedByType(usablePlugins(businessType, regex(body, "regex_name")), false);
        List<JsonNode> all = new ArrayList<>();
        groups.forEach(all::add);
        ObjectNode reply = PluginCatalog.pageHeader(window, all.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(all, window[0], window[1]).forEach(data::add);
        return CrudReply.ok(reply);
    }

    private CrudReply basicPlugins(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        String attribution = query.enumText("attribution", "official", "custom");
        List<Plugin> matches = new ArrayList<>();
        for (Plugin plugin : catalog.plugins.values()) {
            if (plugin.composition.equals("single") && (attribution == null || attribution.equals(plugin.attribution()))) {
                matches.add(plugin);
            }
        }
        ObjectNode reply = PluginCatalog.pageHeader(window, matches.size());
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

    /** Doc A §4.9.18-20: a bare array of PluginPartQuery in, a bare array of per-plug-in data out. */
    private CrudReply versionData(CrudRequest request, String kind) {
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
            Plugin plugin = catalog.plugin(field, name);
            String versionNumber = query.text("version");
            Version version = versionNumber == null || versionNumber.isEmpty() ? plugin.latest()
                    : PluginCatalog.version(plugin, "[" + i + "].version", versionNumber);
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

    private CrudReply versionsInfo(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        Plugin plugin = catalog.plugin("plugin_name", query.requireText("plugin_name"));
        List<Version> versions = PluginCatalog.newestFirst(plugin);
        ObjectNode reply = PluginCatalog.pageHeader(window, versions.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(versions, window[0], window[1]).forEach(version -> data.add(basicView(plugin, version)));
        return CrudReply.ok(reply);
    }

    private CrudReply versionNumbers(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 999, 1000);
        Plugin plugin = catalog.plugin("plugin_name", query.requireText("plugin_name"));
        List<String> numbers = PluginCatalog.newestFirst(plugin).stream().map(version -> version.version).toList();
        // The table's paged shape (the example's bare array is the ⚠ variant).
        ObjectNode reply = PluginCatalog.pageHeader(window, numbers.size());
        reply.set("data", Json.textArray(Paging.window(numbers, window[0], window[1])));
        return CrudReply.ok(reply);
    }

    private CrudReply versionDetail(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Plugin plugin = catalog.plugin("plugin_name", query.requireText("plugin_name"));
        Version version = PluginCatalog.version(plugin, "version", query.requireText("version"));
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
            row.set("validation", PluginCatalog.validation(input.path("validation")));
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
}
