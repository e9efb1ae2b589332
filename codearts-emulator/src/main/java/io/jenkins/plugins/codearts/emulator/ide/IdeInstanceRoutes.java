package io.jenkins.plugins.codearts.emulator.ide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.http.EmulatorContext;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorResponse;
import io.jenkins.plugins.codearts.emulator.http.RouteModule;
import io.jenkins.plugins.codearts.emulator.http.Router;
import io.jenkins.plugins.codearts.emulator.http.Service;
import io.jenkins.plugins.codearts.emulator.http.ValidationException;
import io.jenkins.plugins.codearts.emulator.ide.IdeInstances.Instance;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Doc B §4.1: the 13 instance endpoints. Errors follow the IDE error table (406 IDE.* unless noted). */
public final class IdeInstanceRoutes implements RouteModule {

    private static final List<String> CPU_MEMORY = List.of("1U1G", "2U4G", "2U8G", "4U8G");
    private static final List<String> PVC = List.of("5GB", "10GB", "20GB");
    private static final List<Long> X86_INTERVALS = List.of(30L, 60L, 240L, 1440L, -1L);
    private static final List<Long> ARM_INTERVALS = List.of(30L, 60L);
    /** Chinese characters, letters, digits, '_', '.', '-'. */
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}A-Za-z0-9_.-]+");

    private final IdeInstances instances;

    public IdeInstanceRoutes(IdeInstances instances) {
        this.instances = instances;
    }

    @Override
    public void register(Router router, EmulatorContext context) {
        router.add("checkIdeInstanceNameDuplicate", "GET", "/v2/instances/duplicate", request -> {
            String name = displayName(request.query("display_name"), "display_name");
            return success(context, context.mapper().getNodeFactory().booleanNode(instances.nameTaken(name, null)));
        });
        router.add("showIdeInstance", "GET", "/v2/instances/{instance_id}", request -> {
            Instance instance = instances.require(request.pathParam("instance_id"));
            ObjectNode body = context.mapper().createObjectNode();
            synchronized (instances) {
                body.set("instance", instanceJson(context, instance));
            }
            body.put("status", "success");
            body.put("bundle_url", context.baseUrl() + "/ide-static/bundle");
            return EmulatorResponse.ok(body);
        });
        router.add("updateIdeInstance", "PUT", "/v2/instances/{instance_id}", request -> {
            JsonNode body = request.json();
            String name = displayName(context.requireText(body, "display_name"), "display_name");
            Instance existing = instances.require(request.pathParam("instance_id"));
            long interval = refreshInterval(body, "refresh_interval", existing.arch, true);
            String description = context.optionalText(body, "description");
            instances.update(existing.id, name, description, interval);
            return success(context, context.mapper().getNodeFactory().booleanNode(true));
        });
        router.add("deleteIdeInstance", "DELETE", "/v2/instances/{instance_id}", request -> {
            instances.delete(request.pathParam("instance_id"));
            return success(context, context.mapper().getNodeFactory().booleanNode(true));
        });
        router.add("startIdeInstance", "PUT", "/v2/instances/{instance_id}/runtime", request -> {
            JsonNode body = request.jsonOrEmpty();
            JsonNode plugins = body.get("plugin_enable_list");
            if (plugins != null && !plugins.isNull() && !plugins.isArray()) {
                throw new ValidationException("plugin_enable_list", "plugin_enable_list must be an array of plug-in names");
            }
            instances.start(request.pathParam("instance_id"));
            return success(context, context.mapper().getNodeFactory().textNode(request.pathParam("instance_id")));
        });
        router.add("stopIdeInstance", "DELETE", "/v2/instances/{instance_id}/runtime", request -> {
            instances.stop(request.pathParam("instance_id"));
            return success(context, context.mapper().getNodeFactory().booleanNode(true));
        });
        router.add("createIdeInstance", "POST", "/v2/{org_id}/instances", request -> createIdeInstance(context, request));
        router.add("listOrgIdeInstances", "GET", "/v2/{org_id}/instances", request -> {
            checkOrg(context, request.pathParam("org_id"));
            int limit = request.queryInt("limit", 10, 1, 100);
            if (limit != 10 && limit != 15 && limit != 30) {
                throw new ValidationException("limit", "query parameter 'limit' must be 10, 15 or 30, was " + limit);
            }
            return list(context, request, limit, null, null);
        });
        router.add("listIdeInstances", "GET", "/v2/instances", request -> {
            int limit = request.queryInt("limit", 10, 1, 100);
            String sortKey = request.query("sort_key");
            if (sortKey != null) {
                context.checkEnum("sort_key", sortKey, List.of("display_name", "status", "pvc_quantity", "created_time", "stack_id"));
            }
            String sortDir = request.query("sort_dir");
            if (sortDir != null) {
                context.checkEnum("sort_dir", sortDir, List.of("asc", "desc"));
            }
            return list(context, request, limit, sortKey, sortDir);
        });
        router.add("createPartnerIdeInstance", "POST", "/v2/instances", request -> createPartnerInstance(context, request));
        router.add("checkIdeInstanceAccess", "GET", "/v2/instances/{instance_id}/access", request -> {
            Instance instance = instances.require(request.pathParam("instance_id"));
            synchronized (instances) {
                if (instance.status.equals(IdeInstances.DELETED)) {
                    throw IdeInstances.deleted(instance);
                }
                if (request.principal() != null && !instance.ownerId.equals(request.principal().userId())) {
                    throw EmulatorHttpException.of(403, "IDE.00010129", "Instance does not belong to the user or tenant");
                }
            }
            return success(context, context.mapper().getNodeFactory().booleanNode(true));
        });
        router.add("refreshIdeInstanceActivity", "PUT", "/v2/instances/{instance_id}/activity", request -> {
            String id = request.pathParam("instance_id");
            long deadline = instances.refreshActivity(id);
            Instance instance = instances.require(id);
            ObjectNode result = context.mapper().createObjectNode();
            if (deadline == Long.MAX_VALUE) {
                result.putNull("expiration");
            } else {
                result.put("expiration", deadline);
            }
            result.put("instance_id", id);
            result.put("interval", instance.refreshInterval);
            return success(context, result);
        });
        router.add("emulatorIdePage", "GET", "/ide/{instance_id}", Service.ADMIN, request -> {
            Instance instance = instances.require(request.pathParam("instance_id"));
            String html;
            synchronized (instances) {
                html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>IDE " + escape(instance.displayName)
                        + "</title></head><body><h1>" + escape(instance.displayName) + ": " + instance.status
                        + "</h1><p>CodeArts emulator: this stands for the IDE Online workspace of instance " + instance.id
                        + " (" + instance.cpuMemory + ", " + instance.pvcQuantity + ", stack " + escape(instance.stackId)
                        + ").</p></body></html>";
            }
            return EmulatorResponse.raw(200, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
        });
        router.add("showIdeInstanceStatus", "GET", "/v2/instances/{instance_id}/status", request -> {
            Instance instance = instances.require(request.pathParam("instance_id"));
            ObjectNode result = context.mapper().createObjectNode();
            synchronized (instances) {
                result.put("server_url", serverUrl(context, instance));
                result.put("status", instance.status);
            }
            return success(context, result);
        });
    }

    private EmulatorResponse createIdeInstance(EmulatorContext context, EmulatorRequest request) {
        String orgId = request.pathParam("org_id");
        checkOrg(context, orgId);
        JsonNode body = request.json();
        String arch = archOf(context, body);
        String cpuMemory = cpuMemory(context, body, arch);
        String pvc = pvc(context, body);
        long interval = refreshInterval(body, "refresh_interval", arch, true);
        String displayName = displayName(context.requireText(body, "display_name"), "display_name");
        String stackId = context.requireText(body, "stack_id");
        boolean temporary = bool(body, "is_temporary");
        String label = context.optionalText(body, "label_tag");
        Instance instance = instances.create(orgId, owner(context, request), ownerName(context, request), displayName,
                context.optionalText(body, "description"), arch, cpuMemory, pvc, interval, stackId,
                label == null ? "default" : label, temporary);
        return success(context, createResult(context, instance));
    }

    private EmulatorResponse createPartnerInstance(EmulatorContext context, EmulatorRequest request) {
        JsonNode body = request.json();
        String arch = archOf(context, body);
        String cpuMemory = cpuMemory(context, body, arch);
        String pvc = pvc(context, body);
        long interval = body.hasNonNull("refresh_time") ? refreshInterval(body, "refresh_time", arch, true) : 30;
        String name = displayName(context.requireText(body, "instance_name"), "instance_name");
        String description = context.optionalText(body, "description");
        if (description != null && description.length() > 100) {
            throw EmulatorHttpException.of(406, "IDE.00040004", "The character string length is incorrect: description has "
                    + description.length() + " characters, at most 100 are allowed");
        }
        String stackId = context.requireText(body, "stack_id");
        String label = request.query("instance_label");
        Instance instance = instances.create(context.demo().domainId(), owner(context, request), ownerName(context, request), name,
                description, arch, cpuMemory, pvc, interval, stackId, label == null ? "classroom" : label, bool(body, "is_temporary"));
        return success(context, createResult(context, instance));
    }

    private static String owner(EmulatorContext context, EmulatorRequest request) {
        return request.principal() == null ? context.demo().userId() : request.principal().userId();
    }

    private static String ownerName(EmulatorContext context, EmulatorRequest request) {
        return request.principal() == null ? context.demo().userName() : request.principal().userName();
    }

    private static void checkOrg(EmulatorContext context, String orgId) {
        if (!orgId.equals(context.demo().domainId())) {
            throw EmulatorHttpException.of(406, "IDE.00010058", "current user is not subUser in Domain: org_id '" + orgId
                    + "' is not the caller's account id (token.user.domain.id = " + context.demo().domainId() + ")");
        }
    }

    private static String archOf(EmulatorContext context, JsonNode body) {
        return context.optionalEnum(body, "arch", "x86", "x86", "arm");
    }

    private static String cpuMemory(EmulatorContext context, JsonNode body, String arch) {
        String value = context.requireText(body, "cpu_memory");
        context.checkEnum("cpu_memory", value, CPU_MEMORY);
        boolean armSpec = value.equals("4U8G");
        if (arch.equals("arm") != armSpec) {
            throw EmulatorHttpException.of(406, "IDE.00040005", "Unsupported for spec platform or stack: cpu_memory '" + value
                    + "' is not available on " + arch + " (arm supports only 4U8G; x86 supports 1U1G, 2U4G, 2U8G)");
        }
        return value;
    }

    private static String pvc(EmulatorContext context, JsonNode body) {
        String value = context.requireText(body, "pvc_quantity");
        return context.checkEnum("pvc_quantity", value, PVC);
    }

    /** refresh_interval is a String in requests (some examples send a number); both are accepted. */
    private static long refreshInterval(JsonNode body, String field, String arch, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new ValidationException(field, "'" + field + "' is required: minutes of inactivity before the instance sleeps, one of "
                        + (arch.equals("arm") ? ARM_INTERVALS : X86_INTERVALS) + " (as a string, e.g. \"30\")");
            }
            return 30;
        }
        long value;
        try {
            value = Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + field + "' must be a number of minutes such as \"30\", was " + node);
        }
        List<Long> allowed = arch.equals("arm") ? ARM_INTERVALS : X86_INTERVALS;
        if (!allowed.contains(value)) {
            throw new ValidationException(field, "'" + field + "' must be one of " + allowed + " on " + arch + ", was " + value);
        }
        return value;
    }

    private static String displayName(String name, String field) {
        if (name == null) {
            throw new ValidationException(field, "'" + field + "' is required (3-100 characters)");
        }
        if (name.length() < 3 || name.length() > 100) {
            throw EmulatorHttpException.of(406, "IDE.00040004", "The character string length is incorrect: " + field + " '"
                    + name + "' has " + name.length() + " characters; use 3 to 100");
        }
        if (!NAME_CHARS.matcher(name).matches()) {
            throw new ValidationException(field, "'" + field + "' may contain only Chinese characters, letters, digits, '_', '.' and '-'; was '"
                    + name + "'");
        }
        return name;
    }

    private static boolean bool(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ValidationException(field, "'" + field + "' must be true or false, was " + node);
    }

    private ObjectNode createResult(EmulatorContext context, Instance instance) {
        ObjectNode result = context.mapper().createObjectNode();
        result.put("id", instance.id);
        result.put("link", serverUrl(context, instance));
        result.put("arch", instance.arch);
        result.put("private", false);
        return result;
    }

    private static String serverUrl(EmulatorContext context, Instance instance) {
        return context.baseUrl() + "/ide/" + instance.id + "/";
    }

    private EmulatorResponse list(EmulatorContext context, EmulatorRequest request, int limit, String sortKey, String sortDir) {
        int offset = request.queryInt("offset", 0, 0, Integer.MAX_VALUE);
        String search = request.query("search");
        String label = request.query("label");
        String temporary = request.query("is_temporary");
        ObjectNode page = context.mapper().createObjectNode();
        synchronized (instances) {
            List<Instance> all = instances.list().stream()
                    .filter(i -> search == null || search.isEmpty() || i.displayName.contains(search)
                            || (i.description != null && i.description.contains(search)))
                    .filter(i -> label == null || label.isEmpty() || label.equals(i.label))
                    .filter(i -> temporary == null || temporary.isEmpty() || Boolean.parseBoolean(temporary) == i.isTemporary)
                    .sorted(comparator(sortKey, sortDir))
                    .toList();
            ArrayNode items = context.mapper().createArrayNode();
            for (int i = offset; i < all.size() && i < offset + limit; i++) {
                items.add(instanceJson(context, all.get(i)));
            }
            page.put("empty", items.isEmpty());
            page.set("items", items);
            page.put("items_before", offset);
            page.put("size", limit);
            page.put("total_items_count", all.size());
        }
        ObjectNode body = context.mapper().createObjectNode();
        body.set("instances", page);
        body.put("status", "success");
        return EmulatorResponse.ok(body);
    }

    private static Comparator<Instance> comparator(String sortKey, String sortDir) {
        Comparator<Instance> order = switch (sortKey == null ? "created_time" : sortKey) {
            case "display_name" -> Comparator.comparing(i -> i.displayName);
            case "status" -> Comparator.comparing(i -> i.status);
            case "pvc_quantity" -> Comparator.comparing(i -> Integer.parseInt(i.pvcQuantity.replace("GB", "")));
            case "stack_id" -> Comparator.comparing(i -> i.stackId);
            default -> Comparator.comparingLong(i -> i.createdTime);
        };
        return "asc".equals(sortDir) ? order : order.reversed();
    }

    private ObjectNode instanceJson(EmulatorContext context, Instance instance) {
        ObjectNode node = context.mapper().createObjectNode();
        node.put("arch", instance.arch);
        ObjectNode attributes = node.putObject("attributes");
        String[] spec = instance.cpuMemory.replace("G", "").split("U");
        attributes.put("cpu_limit", spec[0]);
        attributes.put("memory_limit_bytes", String.valueOf(Long.parseLong(spec[1]) * 1024L * 1024 * 1024));
        attributes.put("pvc_quantity", instance.pvcQuantity.replace("GB", "Gi"));
        node.put("cpu_memory", instance.cpuMemory);
        node.put("created_time", EmulatorContext.docTime(instance.createdTime));
        node.put("description", instance.description);
        node.put("display_name", instance.displayName);
        node.put("domain_name", context.demo().domainName());
        node.put("id", instance.id);
        node.put("is_temporary", instance.isTemporary);
        node.put("label", instance.label);
        node.put("link", serverUrl(context, instance));
        node.put("name", instance.displayName);
        node.put("organization_id", instance.orgId);
        node.put("owner_id", instance.ownerId);
        node.put("owner_name", instance.ownerName);
        node.put("platform_id", 1L);
        node.put("private", false);
        node.put("pvc_quantity", instance.pvcQuantity);
        node.put("refresh_interval", instance.refreshInterval);
        node.put("region", context.demo().region());
        node.putObject("server_map");
        node.put("server_url", serverUrl(context, instance));
        node.put("stack_id", instance.stackId);
        node.put("status", instance.status);
        node.put("updated_time", EmulatorContext.docTime(instance.updatedTime));
        node.putNull("visitor_id");
        node.putNull("visitor_name");
        node.putNull("visitor_domain_name");
        return node;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static EmulatorResponse success(EmulatorContext context, JsonNode result) {
        ObjectNode body = context.mapper().createObjectNode();
        body.set("result", result);
        body.put("status", "success");
        return EmulatorResponse.ok(body);
    }
}
