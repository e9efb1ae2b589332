package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc A §4.4: quality-gate rules of a tenant. Every change gets a new {@code version} (a 32-hex id, as in the
 * examples); times are ISO local strings, {@code operate_time} epoch ms.
 */
final class Rules implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    static final String[] TYPES = {"Build", "Gate", "Deploy", "Test", "Normal"};

    private final CrudEnvironment env;
    /** domain id -> rule id -> rule detail, plus the epoch-ms change time kept out of the wire shape. */
    private final Map<String, Map<String, ObjectNode>> rulesByDomain = new LinkedHashMap<>();
    private final Map<String, Long> operateTimes = new LinkedHashMap<>();

    Rules(CrudEnvironment env) {
        this.env = env;
        seed(env.domainId());
    }

    private void seed(String domainId) {
        ObjectNode property = Json.object();
        property.put("key", "build.PassRatio");
        property.put("type", "judge");
        property.put("name", "PassRatio");
        property.put("operator", ">=");
        property.put("value", "0.9");
        property.put("value_type", "float");
        ObjectNode content = Json.object();
        content.put("group_name", "MavenUnitTest");
        content.put("can_modify_when_inherit", true);
        content.putArray("properties").add(property);
        ObjectNode rule = Json.object();
        rule.put("type", "Build");
        rule.put("name", "Unit test pass ratio");
        rule.put("layout_content", "custom-layout");
        rule.put("plugin_id", "official_devcloud_cloudBuild");
        rule.put("plugin_name", "official_devcloud_cloudBuild");
        rule.put("plugin_version", "0.0.15");
        rule.putArray("content").add(content);
        store(domainId, "865b4c2d616b46ab890fff056a6f7e05", rule, null);
    }

    @Override
    public List<CrudRoute> routes() {
        String base = "/v2/{domain_id}/rules";
        return List.of(
                new CrudRoute("showRuleDetail", "GET", base + "/{rule_id}/detail", this::show),
                new CrudRoute("listRules", "GET", base + "/query", this::list),
                new CrudRoute("updateRule", "PUT", base + "/{rule_id}/update", this::update),
                new CrudRoute("deleteRule", "DELETE", base + "/{rule_id}/delete", this::delete),
                new CrudRoute("createRule", "POST", base + "/create", this::create));
    }

    private Map<String, ObjectNode> rules(String domainId) {
        return rulesByDomain.computeIfAbsent(domainId, key -> new LinkedHashMap<>());
    }

    /** A copy of a rule for rule-set instances, or null. */
    synchronized ObjectNode rule(String domainId, String ruleId) {
        ObjectNode rule = rules(domainId).get(ruleId);
        return rule == null ? null : rule.deepCopy();
    }

    private ObjectNode find(CrudRequest request) {
        String id = request.pathParam("rule_id");
        ObjectNode rule = rules(request.pathParam("domain_id")).get(id);
        if (rule == null) {
            throw STYLE.notFound("Rule", "rule_id", id);
        }
        return rule;
    }

    /** Validates a create/update body into the stored fields. */
    private static ObjectNode validated(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        ObjectNode rule = Json.object();
        rule.put("type", body.requireEnum("type", TYPES));
        rule.put("name", body.requireText("name"));
        rule.put("layout_content", body.requireText("layout_content"));
        rule.put("plugin_id", body.text("plugin_id"));
        rule.put("plugin_name", body.text("plugin_name"));
        rule.put("plugin_version", body.text("plugin_version"));
        body.requireArray("content");
        ArrayNode content = rule.putArray("content");
        for (Fields group : body.objects("content")) {
            ObjectNode item = content.addObject();
            item.put("group_name", group.requireText("group_name"));
            item.put("can_modify_when_inherit", group.bool("can_modify_when_inherit", false));
            group.requireArray("properties");
            ArrayNode properties = item.putArray("properties");
            for (Fields property : group.objects("properties")) {
                ObjectNode out = properties.addObject();
                out.put("key", property.requireText("key"));
                out.put("type", property.requireText("type"));
                out.put("name", property.requireText("name"));
                out.put("operator", property.text("operator"));
                out.put("value", property.requireText("value"));
                out.put("value_type", property.requireText("value_type"));
            }
        }
        return rule;
    }

    private ObjectNode store(String domainId, String id, ObjectNode fields, ObjectNode previous) {
        long now = env.now();
        ObjectNode rule = Json.object();
        rule.put("id", id);
        rule.set("type", fields.get("type"));
        rule.set("name", fields.get("name"));
        rule.put("version", Json.newId());
        rule.set("layout_content", fields.get("layout_content"));
        rule.set("plugin_id", fields.get("plugin_id"));
        rule.set("plugin_name", fields.get("plugin_name"));
        rule.set("plugin_version", fields.get("plugin_version"));
        rule.put("creator", previous == null ? env.userId() : previous.path("creator").asText());
        rule.put("create_time", previous == null ? Json.isoLocal(now) : previous.path("create_time").asText());
        rule.put("updater", env.userId());
        rule.put("update_time", Json.isoLocal(now));
        rule.set("content", fields.get("content"));
        rules(domainId).put(id, rule);
        operateTimes.put(id, now);
        return rule;
    }

    private static ObjectNode status(String ruleId) {
        ObjectNode reply = Json.object();
        reply.put("status", true);
        if (ruleId != null) {
            reply.put("rule_id", ruleId);
        }
        return reply;
    }

    private synchronized CrudReply create(CrudRequest request) {
        ObjectNode fields = validated(request);
        String id = Json.newId();
        store(request.pathParam("domain_id"), id, fields, null);
        return CrudReply.ok(status(id));
    }

    private synchronized CrudReply show(CrudRequest request) {
        return CrudReply.ok(find(request).deepCopy());
    }

    private synchronized CrudReply update(CrudRequest request) {
        ObjectNode previous = find(request);
        ObjectNode fields = validated(request);
        String id = request.pathParam("rule_id");
        store(request.pathParam("domain_id"), id, fields, previous);
        return CrudReply.ok(status(id));
    }

    private synchronized CrudReply delete(CrudRequest request) {
        find(request);
        rules(request.pathParam("domain_id")).remove(request.pathParam("rule_id"));
        return CrudReply.ok(status(null));
    }

    private synchronized CrudReply list(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, true, 10, 1000);
        String type = query.text("type");
        String name = query.text("name");
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode rule : rules(request.pathParam("domain_id")).values()) {
            if ((type == null || type.isEmpty() || rule.path("type").asText().equals(type))
                    && TextFilter.keeps(name, rule.path("name").asText())) {
                matches.add(rule);
            }
        }
        // Most recently changed first, as in the document's example.
        matches.sort(Comparator.comparingLong((ObjectNode rule) -> operateTimes.getOrDefault(rule.path("id").asText(), 0L))
                .reversed());
        ObjectNode reply = Json.object();
        ArrayNode data = reply.putArray("data");
        for (ObjectNode rule : Paging.window(matches, window[0], window[1])) {
            ObjectNode item = data.addObject();
            item.set("id", rule.get("id"));
            item.set("type", rule.get("type"));
            item.set("name", rule.get("name"));
            item.set("version", rule.get("version"));
            item.put("operator", env.userName());
            item.put("operate_time", operateTimes.getOrDefault(rule.path("id").asText(), 0L));
        }
        reply.put("total", matches.size());
        return CrudReply.ok(reply);
    }
}
