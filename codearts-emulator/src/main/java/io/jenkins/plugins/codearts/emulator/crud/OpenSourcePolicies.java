package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PolicyBook.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Doc A §4.7 and §4.8: open-source governance policies. Tenant policies are created here; the demo project has a
 * project-level policy whose parent is the tenant's seed policy. The switch endpoint is PUT in the template and POST in
 * the example: both are served.
 */
final class OpenSourcePolicies implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;

    private final CrudEnvironment env;
    /** Tenant policies (owner = domain id) and project ones (owner = project id); none is a system policy. */
    private final PolicyBook policies;

    OpenSourcePolicies(CrudEnvironment env) {
        this.env = env;
        this.policies = new PolicyBook("Open-source policy", env.domainId());
        ObjectNode content = seedContent();
        String tenantSeed = "883f1208ab0048e9aae21a10160982e8";
        policies.put(new Policy(PolicyBook.TENANT, env.domainId(), false,
                detail(tenantSeed, "Default open-source policy", PolicyBook.TENANT, "", content, null), 1684987087000L));
        String projectSeed = "17fcabdb890c4342a66349cc74e4115a";
        policies.put(new Policy(PolicyBook.PROJECT, env.projectId(), false,
                detail(projectSeed, "Demo project open-source policy", PolicyBook.PROJECT, tenantSeed, content.deepCopy(),
                        null),
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
                // Doc A §4.7.6's example sends POST (⚠): accepted as well.
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

    private synchronized CrudReply create(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        ObjectNode content = validatedContent(body);
        String id = Json.newId();
        policies.put(new Policy(PolicyBook.TENANT, request.pathParam("domain_id"), false,
                detail(id, name, PolicyBook.TENANT, "", content, null), env.now()));
        return CrudReply.ok(PolicyBook.status(id));
    }

    private synchronized CrudReply update(CrudRequest request) {
        Policy policy = policies.tenantVisible(request);
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        ObjectNode content = validatedContent(body);
        String parentId = body.text("parent_id", policy.detail.path("parent_id").asText());
        String id = policy.id();
        policy.detail = detail(id, name, PolicyBook.TENANT, parentId, content, policy.detail);
        policy.operateTime = env.now();
        return CrudReply.ok(PolicyBook.status(id));
    }

    private synchronized CrudReply showTenant(CrudRequest request) {
        return CrudReply.ok(policies.tenantVisible(request).detail.deepCopy());
    }

    private synchronized CrudReply delete(CrudRequest request) {
        Policy policy = policies.tenantVisible(request);
        policies.remove(policy);
        return CrudReply.ok(PolicyBook.status(null));
    }

    private synchronized CrudReply switchValidity(CrudRequest request) {
        Policy policy = policies.tenantVisible(request);
        boolean valid = request.bodyFields(STYLE).requireBool("is_valid");
        PolicyBook.switchValidity(policy, valid, env.now());
        return CrudReply.ok(PolicyBook.status(policy.id()));
    }

    private synchronized CrudReply listTenant(CrudRequest request) {
        List<Policy> candidates = policies.tenantList(request.pathParam("domain_id"), true);
        return CrudReply.ok(page(request.queryFields(STYLE), candidates));
    }

    private synchronized CrudReply listProject(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        Fields query = request.queryFields(STYLE);
        boolean includeTenant = query.requireBool("include_tenant_rule_set");
        return CrudReply.ok(page(query, policies.projectList(projectId, includeTenant)));
    }

    private ObjectNode page(Fields query, List<Policy> candidates) {
        long[] window = Paging.offsetLimit(query, false, 15, 1000);
        String name = query.text("name");
        String creatorName = query.text("creator_name");
        List<Policy> matches = new ArrayList<>();
        for (Policy policy : candidates) {
            if (TextFilter.keeps(name, policy.detail.path("name").asText())
                    && TextFilter.keeps(creatorName, env.userName())) {
                matches.add(policy);
            }
        }
        PolicyBook.sortNewestFirst(matches);
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
        return CrudReply.ok(policies.projectVisible(request).detail.deepCopy());
    }
}
