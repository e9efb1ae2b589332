package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the two policy families share: rule-set policies (Doc A §4.5 and §4.6, {@link RuleSets}) and open-source
 * policies (Doc A §4.7 and §4.8, {@link OpenSourcePolicies}). Both keep policies owned by a tenant (domain id) or a project,
 * show a project its own policies plus, on request, the tenant's, answer changes with the same status body and list
 * the most recently operated first. Their detail bodies, list filters and list items differ and stay with them.
 * Not thread-safe: each family calls it under its own lock.
 */
final class PolicyBook {

    static final String TENANT = "tenant";
    static final String PROJECT = "project";

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;

    /** One policy; {@code system} ones (rule sets only) are visible to every tenant and project and are read-only. */
    static final class Policy {
        final String level;
        final String owner;
        final boolean system;
        long operateTime;
        ObjectNode detail;

        Policy(String level, String owner, boolean system, ObjectNode detail, long operateTime) {
            this.level = level;
            this.owner = owner;
            this.system = system;
            this.detail = detail;
            this.operateTime = operateTime;
        }

        String id() {
            return detail.path("id").asText();
        }

        boolean ownedBy(String ownerLevel, String ownerId) {
            return level.equals(ownerLevel) && owner.equals(ownerId);
        }
    }

    /** The resource name in not-found messages ("Policy", "Open-source policy"). */
    private final String resourceName;
    /** The emulated account: its tenant policies are the ones a project inherits. */
    private final String domainId;
    private final Map<String, Policy> byId = new LinkedHashMap<>();

    PolicyBook(String resourceName, String domainId) {
        this.resourceName = resourceName;
        this.domainId = domainId;
    }

    void put(Policy policy) {
        byId.put(policy.id(), policy);
    }

    void remove(Policy policy) {
        byId.remove(policy.id());
    }

    /** A policy the tenant's own endpoints may see: its tenant policies and the system ones. */
    Policy tenantVisible(CrudRequest request) {
        String id = request.pathParam("rule_set_id");
        Policy policy = byId.get(id);
        if (policy == null || !(policy.system || policy.ownedBy(TENANT, request.pathParam("domain_id")))) {
            throw STYLE.notFound(resourceName, "rule_set_id", id);
        }
        return policy;
    }

    /** A policy a project may see: the system ones, its own and the tenant's. */
    Policy projectVisible(CrudRequest request) {
        String id = request.pathParam("rule_set_id");
        Policy policy = byId.get(id);
        if (policy == null || !(policy.system || policy.ownedBy(PROJECT, request.pathParam("project_id"))
                || policy.ownedBy(TENANT, domainId))) {
            throw STYLE.notFound(resourceName, "rule_set_id", id);
        }
        return policy;
    }

    /** The tenant list: the system policies, and the tenant's own unless {@code includeTenant} is false. */
    List<Policy> tenantList(String tenantId, boolean includeTenant) {
        return select(policy -> policy.system || (includeTenant && policy.ownedBy(TENANT, tenantId)));
    }

    /** The project list: the system policies, the project's own and, if {@code includeTenant}, the tenant's. */
    List<Policy> projectList(String projectId, boolean includeTenant) {
        return select(policy -> policy.system || policy.ownedBy(PROJECT, projectId)
                || (includeTenant && policy.ownedBy(TENANT, domainId)));
    }

    private List<Policy> select(Predicate<Policy> visible) {
        List<Policy> selected = new ArrayList<>();
        for (Policy policy : byId.values()) {
            if (visible.test(policy)) {
                selected.add(policy);
            }
        }
        return selected;
    }

    /** The switch endpoints: validity, update time and the list's operate time change together. */
    static void switchValidity(Policy policy, boolean valid, long now) {
        policy.detail.put("is_valid", valid);
        policy.detail.put("update_time", Json.isoLocal(now));
        policy.operateTime = now;
    }

    /** The body every change answers with; {@code rule_set_id} is absent after a delete. */
    static ObjectNode status(String ruleSetId) {
        ObjectNode reply = Json.object();
        reply.put("status", true);
        if (ruleSetId != null) {
            reply.put("rule_set_id", ruleSetId);
        }
        return reply;
    }

    static void sortNewestFirst(List<Policy> policies) {
        policies.sort(Comparator.comparingLong((Policy policy) -> policy.operateTime).reversed());
    }
}
