package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PolicyBook.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Doc A §4.5 and §4.6: policies (rule sets). Tenant policies are created from the tenant's rules; one system policy
 * (creator "system", {@code is_public}) is visible everywhere and read-only; the demo project has a project-level
 * policy. A rule instance keeps the id of the rule it was made from.
 */
final class RuleSets implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    private static final String SYSTEM = "system";

    private final CrudEnvironment env;
    private final Rules rules;
    /** Every policy: system ones, tenant ones (owner = domain id) and project ones (owner = project id). */
    private final PolicyBook policies;

    RuleSets(CrudEnvironment env, Rules rules) {
        this.env = env;
        this.rules = rules;
        this.policies = new PolicyBook("Policy", env.domainId());
        ObjectNode seedRule = rules.rule(env.domainId(), "865b4c2d616b46ab890fff056a6f7e05");
        seed("ad0cc5b3b0cd4e0e9b5a1e4e1b7c8e11", "System policy", PolicyBook.TENANT, SYSTEM, true, seedRule);
        seed("4f5fb96022974a2781174584f799d8c2", "Demo project policy", PolicyBook.PROJECT, env.projectId(), false,
                seedRule);
    }

    private void seed(String id, String name, String level, String owner, boolean system, ObjectNode rule) {
        ArrayNode instances = Json.array();
        if (rule != null) {
            instances.add(instanceOf(rule, true));
        }
        ObjectNode detail = detail(id, name, system ? SYSTEM : env.userId(), null, instances);
        policies.put(new Policy(level, owner, system, detail, 1692695390000L));
    }

    @Override
    public List<CrudRoute> routes() {
        String tenant = "/v2/{domain_id}/tenant/rule-sets";
        return List.of(
                new CrudRoute("createTenantRuleSet", "POST", tenant + "/create", this::create),
                new CrudRoute("updateTenantRuleSet", "PUT", tenant + "/{rule_set_id}/update", this::update),
                new CrudRoute("showTenantRuleSetDetail", "GET", tenant + "/{rule_set_id}/detail", this::showTenant),
                new CrudRoute("listTenantRuleSets", "GET", tenant + "/query", this::listTenant),
                new CrudRoute("deleteTenantRuleSet", "DELETE", tenant + "/{rule_set_id}/delete", this::delete),
                new CrudRoute("switchTenantRuleSet", "PUT", tenant + "/{rule_set_id}/switch", this::switchValidity),
                new CrudRoute("listProjectRuleSets", "GET", "/v2/{project_id}/rule-sets/query", this::listProject),
                new CrudRoute("showProjectRuleSetDetail", "GET", "/v2/{project_id}/rule-sets/{rule_set_id}/gray/detail",
                        this::showProject));
    }

    private ObjectNode detail(String id, String name, String creator, ObjectNode previous, ArrayNode instances) {
        String now = Json.isoLocal(env.now());
        ObjectNode detail = Json.object();
        detail.put("id", id);
        detail.put("name", name);
        detail.put("type", typesOf(instances));
        detail.put("version", Json.newId());
        detail.put("creator", previous == null ? creator : previous.path("creator").asText());
        detail.put("create_time", previous == null ? now : previous.path("create_time").asText());
        detail.put("updater", previous == null ? creator : env.userId());
        detail.put("update_time", now);
        detail.put("is_valid", previous == null || previous.path("is_valid").asBoolean(true));
        detail.set("rule_instances", instances);
        return detail;
    }

    /** The policy type: the rule types it contains, comma-separated in first-seen order. */
    private static String typesOf(ArrayNode instances) {
        Set<String> types = new LinkedHashSet<>();
        instances.forEach(instance -> types.add(instance.path("type").asText()));
        return String.join(",", types);
    }

    private static ObjectNode instanceOf(ObjectNode rule, boolean valid) {
        ObjectNode instance = Json.object();
        instance.set("id", rule.get("id"));
        instance.set("type", rule.get("type"));
        instance.set("name", rule.get("name"));
        instance.set("version", rule.get("version"));
        instance.set("plugin_id", rule.get("plugin_id"));
        instance.set("plugin_name", rule.get("plugin_name"));
        instance.set("plugin_version", rule.get("plugin_version"));
        instance.put("is_valid", valid);
        instance.put("editable", true);
        // Instances made here come straight from a rule, not from an inherited policy.
        instance.putNull("parent");
        ArrayNode content = instance.putArray("content");
        rule.path("content").forEach(group -> {
            ObjectNode copy = ((ObjectNode) group).deepCopy();
            copy.set("type", rule.get("type"));
            content.add(copy);
        });
        return instance;
    }

    /** Resolves {@code rules[i].id} against the tenant's rules. */
    private ArrayNode instances(String domainId, Fields body) {
        ArrayNode instances = Json.array();
        for (Fields item : body.objects("rules")) {
            String ruleId = item.requireText("id");
            ObjectNode rule = rules.rule(domainId, ruleId);
            if (rule == null) {
                throw STYLE.notFound("Rule", item.name("id"), ruleId);
            }
            instances.add(instanceOf(rule, item.bool("is_valid", true)));
        }
        return instances;
    }

    private synchronized CrudReply create(CrudRequest request) {
        String domainId = request.pathParam("domain_id");
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        body.requireArray("rules");
        ArrayNode instances = instances(domainId, body);
        String id = Json.newId();
        policies.put(new Policy(PolicyBook.TENANT, domainId, false, detail(id, name, env.userId(), null, instances),
                env.now()));
        return CrudReply.ok(PolicyBook.status(id));
    }

    /** A tenant policy this domain may change; system policies answer DEVCP.00014031 (HTTP 200, error table). */
    private Policy editableTenantPolicy(CrudRequest request) {
        Policy policy = policies.tenantVisible(request);
        if (policy.system) {
            throw new BusinessError("DEVCP.00014031", "Insufficient permissions: policy '" + policy.id()
                    + "' is a system policy and is read-only; create a tenant policy instead");
        }
        return policy;
    }

    private synchronized CrudReply update(CrudRequest request) {
        Policy policy = editableTenantPolicy(request);
        Fields body = request.bodyFields(STYLE);
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw STYLE.invalid("body field 'name' is blank; omit it to keep the name or send a new one");
        }
        ArrayNode instances = body.has("rules") ? instances(request.pathParam("domain_id"), body)
                : (ArrayNode) policy.detail.get("rule_instances");
        String id = policy.id();
        policy.detail = detail(id, name == null ? policy.detail.path("name").asText() : name, env.userId(), policy.detail,
                instances);
        policy.operateTime = env.now();
        return CrudReply.ok(PolicyBook.status(id));
    }

    private synchronized CrudReply showTenant(CrudRequest request) {
        return CrudReply.ok(policies.tenantVisible(request).detail.deepCopy());
    }

    private synchronized CrudReply delete(CrudRequest request) {
        Policy policy = editableTenantPolicy(request);
        policies.remove(policy);
        return CrudReply.ok(PolicyBook.status(null));
    }

    private synchronized CrudReply switchValidity(CrudRequest request) {
        Policy policy = editableTenantPolicy(request);
        boolean valid = request.bodyFields(STYLE).requireBool("is_valid");
        PolicyBook.switchValidity(policy, valid, env.now());
        policy.detail.put("updater", env.userId());
        return CrudReply.ok(PolicyBook.status(policy.id()));
    }

    private synchronized CrudReply listTenant(CrudRequest request) {
        String domainId = request.pathParam("domain_id");
        Fields query = request.queryFields(STYLE);
        // Mandatory in the table, omitted by the document's own example: absent means "include" on the tenant list.
        boolean includeTenant = query.bool("include_tenant_rule_set", true);
        return CrudReply.ok(page(query, policies.tenantList(domainId, includeTenant)));
    }

    private synchronized CrudReply listProject(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        Fields query = request.queryFields(STYLE);
        boolean includeTenant = query.requireBool("include_tenant_rule_set");
        return CrudReply.ok(page(query, policies.projectList(projectId, includeTenant)));
    }

    private ObjectNode page(Fields query, List<Policy> candidates) {
        long[] window = Paging.offsetLimit(query, true, 10, 1000);
        String name = query.text("name");
        Boolean valid = query.bool("is_valid");
        String type = query.text("type");
        List<Policy> matches = new ArrayList<>();
        for (Policy policy : candidates) {
            ObjectNode detail = policy.detail;
            if (TextFilter.keeps(name, detail.path("name").asText())
                    && (valid == null || detail.path("is_valid").asBoolean() == valid)
                    && (type == null || type.isEmpty() || List.of(detail.path("type").asText().split(",")).contains(type))) {
                matches.add(policy);
            }
        }
        PolicyBook.sortNewestFirst(matches);
        ObjectNode reply = Json.object();
        ArrayNode data = reply.putArray("data");
        for (Policy policy : Paging.window(matches, window[0], window[1])) {
            ObjectNode item = data.addObject();
            item.set("id", policy.detail.get("id"));
            item.set("name", policy.detail.get("name"));
            item.set("type", policy.detail.get("type"));
            item.set("version", policy.detail.get("version"));
            item.put("operator", policy.system ? SYSTEM : env.userName());
            item.put("operate_time", policy.operateTime);
            item.set("is_valid", policy.detail.get("is_valid"));
            item.put("level", policy.level);
            item.put("is_public", policy.system);
        }
        reply.put("total", matches.size());
        return reply;
    }

    private synchronized CrudReply showProject(CrudRequest request) {
        return CrudReply.ok(policies.projectVisible(request).detail.deepCopy());
    }
}
