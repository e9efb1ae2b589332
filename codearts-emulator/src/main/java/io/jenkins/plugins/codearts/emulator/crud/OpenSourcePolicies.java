package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Doc A 4.7 and 4.8: open-source governance policies. Tenant policies are created here; the demo project has a
 * project-level policy whose parent is the tenant's seed policy. The switch endpoint is PUT in the template and POST in
 * the example: both are served.
 */
final class OpenSourcePolicies implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;

    private final CrudEnvironment env;
    private final Map<String, Policy> policies = new LinkedHashMap<>();

    private static final class Policy {
        final String level;
        final String owner;
        long operateTime;
        ObjectNode detail;

        Policy(String level, String owner, ObjectNode detail, long operateTime) {
            this.level = level;
            this.owner = owner;
            this.detail = detail;
            this.operateTime = operateTime;
        }
    }

    OpenSourcePolicies(CrudEnvironment env) {
        this.env = env;
        ObjectNode content = seedContent();
        String tenantSeed = "883f1208ab0048e9aae21a10160982e8";
        policies.put(tenantSeed, new Policy("tenant", env.domainId(),
                detail(tenantSeed, "Default open-source policy", "tenant", "", content, null), 1684987087000L));
        String projectSeed = "17fcabdb890c4342a66349cc74e4115a";
        policies.put(projectSeed, new Policy("project", env.projectId(),
                detail(projectSeed, "Demo project open-source policy", "project", tenantSeed, content.deepCopy(), null),
                1684986715000L));
    }

    private static ObjectNode seedContent() {
        ObjectNode content = Json.object();
        ObjectNode versionSet = content.putObject("version_set");
        versionSet.put("enable", true);
        ObjectNode rule = versionSet.putArray("rules").addObject();
        rule.put("enable", true);
        rule.put("ecosystem", "Maven");
        rule.put("package_name", "org.apache.logging.log4j:log4j-core");
        rule.put("package_version", "2.14.1");
        rule.put("description", "Log4Shell");
        rule.put("predicate", "eq");
        ObjectNode security = content.putObject("security");
        security.put("enable", true);
        ObjectNode severity = security.putObject("rules").putObject("severity");
        severity.put("enable", true);
        severity.set("values", Json.textArray("Critical", "High"));
        ObjectNode cve = ((ObjectNode) security.get("rules")).putObject("cve");
        cve.put("enable", false);
        cve.putArray("values");
        ObjectNode license = content.putObject("license");
        license.put("enable", true);
        ObjectNode licenseRule = license.putArray("rules").addObject();
        licenseRule.set("values", Json.textArray("AGPL-3.0"));
        licenseRule.put("predicate", "contain");
        return content;
    }

    @Override
    public List<CrudRoute> routes() {
        String tenant = "/v2/{domain_id}/tenant/open-source/rule-sets";
        return List.of(
                new CrudRoute("createTenantOpenSourceRuleSet", "POST", tenant + "/create", this::create),
                new CrudRoute("updateTenantOpenSourceRuleSet", "PUT", tenant + "/{rule_set_id}/update", this::update),
                new CrudRoute("showTenantOpenSourceRuleSetDetail", "GET", tenant + "/{rule_set_id}/detail", this::showTenant),
                new CrudRoute("listTenantOpenSourceRuleSets", "GET", tenant + "/query", this::listTenant),
                new CrudRoute("deleteTenantOpenSourceRuleSet", "DELETE", tenant + "/{rule_set_id}/delete", this::delete),
                new CrudRoute("switchTenantOpenSourceRuleSet", "PUT", tenant + "/{rule_set_id}/switch", this::switchValidity),
                // Doc A 4.7.6's example sends POST (⚠): accepted as well.
                new CrudRoute("switchTenantOpenSourceRuleSet.examplePost", "POST", tenant + "/{rule_set_id}/switch",
                        this::switchValidity),
                new CrudRoute("showProjectOpenSourceRuleSetDetail", "GET", "/v2/{project_id}/open-source/rule-sets/{rule_set_id}/detail",
                        this::showProject),
                new CrudRoute("listProjectOpenSourceRuleSets", "GET", "/v2/{project_id}/open-source/rule-sets/query",
                        this::listProject));
    }

    private ObjectNode detail(String id, String name, String level, String parentId, ObjectNode content, ObjectNode previous) {
        String now = Json.isoLocal(env.now());
        ObjectNode detail = Json.object();
        detail.put("id", id);
        detail.put("name", name);
        detail.put("level", level);
        detail.put("parent_id", parentId);
        detail.put("version", Json.newId());
        detail.put("is_valid", previous == null || previous.path("is_valid").asBoolean(true));
        detail.put("is_public", false);
        detail.put("creator", previous == null ? env.userId() : previous.path("creator").asText());
        detail.put("create_time", previous == null ? now : previous.path("create_time").asText());
        detail.put("update_time", now);
        detail.set("content", content);
        return detail;
    }

    /** Checks the three documented parts of a policy's content; every field is optional but typed. */
    private static ObjectNode validatedContent(Fields body) {
        Fields content = body.requireChild("content");
        Fields versionSet = content.child("version_set");
        if (versionSet != null) {
            versionSet.bool("enable");
            for (Fields rule : versionSet.objects("rules")) {
                rule.bool("enable");
                rule.text("ecosystem");
                rule.text("package_name");
                rule.text("package_version");
                rule.text("description");
                rule.text("predicate");
            }
        }
        Fields security = content.child("security");
        if (security != null) {
            security.bool("enable");
            Fields rules = security.child("rules");
            if (rules != null) {
                for (String part : List.of("severity", "cve")) {
                    Fields check = rules.child(part);
                    if (check != null) {
                        check.bool("enable");
                        check.texts("values");
                    }
                }
            }
        }
        Fields license = content.child("license");
        if (license != null) {
            license.bool("enable");
            for (Fields rule : license.objects("rules")) {
                rule.texts("values");
                rule.text("predicate");
            }
        }
        return ((ObjectNode) content.node()).deepCopy();
    }

    private static ObjectNode status(String id) {
        ObjectNode reply = Json.object();
        reply.put("status", true);
        if (id != null) {
            reply.put("rule_set_id", id);
        }
        return reply;
    }

    private Policy tenantPolicy(CrudRequest request) {
        String id = request.pathParam("rule_set_id");
        Policy policy = policies.get(id);
        if (policy == null || !policy.level.equals("tenant") || !policy.owner.equals(request.pathParam("domain_id"))) {
            throw STYLE.notFound("Open-source policy", "rule_set_id", id);
        }
        return policy;
    }

    private synchronized CrudReply create(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        ObjectNode content = validatedContent(body);
        String id = Json.newId();
        policies.put(id, new Policy("tenant", request.pathParam("domain_id"), detail(id, name, "tenant", "", content, null),
                env.now()));
        return CrudReply.ok(status(id));
    }

    private synchronized CrudReply update(CrudRequest request) {
        Policy policy = tenantPolicy(request);
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        ObjectNode content = validatedContent(body);
        String parentId = body.text("parent_id", policy.detail.path("parent_id").asText());
        String id = policy.detail.path("id").asText();
        policy.detail = detail(id, name, "tenant", parentId, content, policy.detail);
        policy.operateTime = env.now();
        return CrudReply.ok(status(id));
    }

    private synchronized CrudReply showTenant(CrudRequest request) {
        return CrudReply.ok(tenantPolicy(request).detail.deepCopy());
    }

    private synchronized CrudReply delete(CrudRequest request) {
        Policy policy = tenantPolicy(request);
        policies.remove(policy.detail.path("id").asText());
        return CrudReply.ok(status(null));
    }

    private synchronized CrudReply switchValidity(CrudRequest request) {
        Policy policy = tenantPolicy(request);
        boolean valid = request.bodyFields(STYLE).requireBool("is_valid");
        policy.detail.put("is_valid", valid);
        policy.detail.put("update_time", Json.isoLocal(env.now()));
        policy.operateTime = env.now();
        return CrudReply.ok(status(policy.detail.path("id").asText()));
    }

    private synchronized CrudReply listTenant(CrudRequest request) {
        String domainId = request.pathParam("domain_id");
        List<Policy> candidates = new ArrayList<>();
        for (Policy policy : policies.values()) {
            if (policy.level.equals("tenant") && policy.owner.equals(domainId)) {
                candidates.add(policy);
            }
        }
        return CrudReply.ok(page(request.queryFields(STYLE), candidates));
    }

    private synchronized CrudReply listProject(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        Fields query = request.queryFields(STYLE);
        boolean includeTenant = query.requireBool("include_tenant_rule_set");
        List<Policy> candidates = new ArrayList<>();
        for (Policy policy : policies.values()) {
            boolean own = policy.level.equals("project") && policy.owner.equals(projectId);
            boolean inherited = includeTenant && policy.level.equals("tenant") && policy.owner.equals(env.domainId());
            if (own || inherited) {
                candidates.add(policy);
            }
        }
        return CrudReply.ok(page(query, candidates));
    }

    private ObjectNode page(Fields query, List<Policy> candidates) {
        long[] window = Paging.offsetLimit(query, false, 15, 1000);
        String name = query.text("name");
        String creatorName = query.text("creator_name");
        List<Policy> matches = new ArrayList<>();
        for (Policy policy : candidates) {
            boolean nameMatches = name == null || name.isEmpty()
                    || policy.detail.path("name").asText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
            boolean creatorMatches = creatorName == null || creatorName.isEmpty()
                    || env.userName().toLowerCase(Locale.ROOT).contains(creatorName.toLowerCase(Locale.ROOT));
            if (nameMatches && creatorMatches) {
                matches.add(policy);
            }
        }
        matches.sort(Comparator.comparingLong((Policy policy) -> policy.operateTime).reversed());
        ObjectNode reply = Json.object();
        reply.put("total", matches.size());
        ArrayNode data = reply.putArray("data");
        for (Policy policy : Paging.window(matches, window[0], window[1])) {
            ObjectNode item = data.addObject();
            item.set("id", policy.detail.get("id"));
            item.set("name", policy.detail.get("name"));
            item.put("level", policy.level);
            item.set("is_valid", policy.detail.get("is_valid"));
            item.set("version", policy.detail.get("version"));
            item.put("operator", env.userName());
            item.put("is_public", false);
            item.put("is_legacy", false);
            item.put("operate_time", policy.operateTime);
        }
        return reply;
    }

    private synchronized CrudReply showProject(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        String id = request.pathParam("rule_set_id");
        Policy policy = policies.get(id);
        boolean visible = policy != null && ((policy.level.equals("project") && policy.owner.equals(projectId))
                || (policy.level.equals("tenant") && policy.owner.equals(env.domainId())));
        if (!visible) {
            throw STYLE.notFound("Open-source policy", "rule_set_id", id);
        }
        return CrudReply.ok(policy.detail.deepCopy());
    }
}
