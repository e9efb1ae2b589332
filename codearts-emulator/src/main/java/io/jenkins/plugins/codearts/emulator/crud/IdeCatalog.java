package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Doc B §4.2, §4.3, §4.4 and §8.1: the read-only IDE Online catalogue: tech stacks (current and deprecated listing),
 * their prices, starter templates and the account's permissions. Instances name a stack by its {@code stack_name}
 * (e.g. "java"); the demo stack id of the emulator is always present.
 */
final class IdeCatalog implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.IDE;
    private static final String REGION = "cn-north-4";

    private final List<Stack> stacks = new ArrayList<>();
    private final ArrayNode templates = Json.array();

    /** One tech stack; x86 specs and arm specs follow Doc B's cpu_memory rules. */
    private record Stack(long id, String name, String displayName, List<String> tags, String description, List<String> x86Specs,
                         boolean arm, String image) {
    }

    IdeCatalog(CrudEnvironment env) {
        stacks.add(new Stack(1, "java", "Java", List.of("Java", "Maven"), "Java development with Maven and Gradle",
                List.of("1U1G", "2U4G"), true, "cloudide-java:latest"));
        stacks.add(new Stack(6, "python", "Python", List.of("Python"), "Python development with pypi",
                List.of("1U1G", "2U4G"), true, "cloudide-python:latest"));
        stacks.add(new Stack(7, "nodejs", "Node.js", List.of("Node.js", "JavaScript", "Vue"), "Node.js and front-end development",
                List.of("1U1G", "2U4G"), true, "cloudide-nodejs:latest"));
        stacks.add(new Stack(8, "go", "Go", List.of("GO"), "Go development", List.of("1U1G", "2U4G"), false,
                "cloudide-go:latest"));
        stacks.add(new Stack(9, "cpp", "C/C++", List.of("CPP"), "C and C++ development with CMake",
                List.of("1U1G", "2U4G"), true, "cloudide-cpp:latest"));
        stacks.add(new Stack(12, "quantum", "Quantum", List.of("Quantum", "Python"), "Quantum computing with HiQ",
                List.of("2U8G"), false, "cloudide-quantum:latest"));
        String demoStack = env.demoStackId();
        if (demoStack != null && stacks.stream().noneMatch(stack -> stack.name().equals(demoStack))) {
            stacks.add(new Stack(100, demoStack, "Java 17 (demo)", List.of("Java", "Maven"), "Demo stack of the emulator",
                    List.of("1U1G", "2U4G"), true, "cloudide-" + demoStack.toLowerCase(Locale.ROOT) + ":latest"));
        }
        template(5, "web-java-spring", "java", "maven", "A basic example using Spring servlets.", "maven", "spring", "java", "web");
        template(6, "flask-hello", "python", "python", "A Flask web application.", "python", "flask", "web");
        template(7, "express-hello", "nodejs", "npm", "An Express web server.", "nodejs", "express", "web");
        template(8, "go-gin", "go", "go", "A Gin web service.", "go", "gin", "web");
    }

    private void template(long id, String name, String stack, String projectType, String description, String... tags) {
        ObjectNode template = templates.addObject();
        template.put("template_id", id);
        template.put("name", name);
        ObjectNode source = template.putObject("source");
        source.put("location", "https://codehub.example.com/codearts-demo/" + name + ".git");
        source.put("type", "git");
        source.putObject("parameters");
        template.put("display_name", name);
        template.put("logo", "https://static.example.com/cloudide/templates/" + name + ".svg");
        template.put("path", "/" + name);
        template.put("description", description);
        template.put("project_type", projectType);
        template.put("region", REGION);
        template.set("tags", Json.textArray(tags));
        boolean arm = stacks.stream().anyMatch(s -> s.name().equals(stack) && s.arm());
        template.put("arch", arm ? "x86,arm" : "x86");
        template.put("stack_id", stack);
    }

    @Override
    public List<CrudRoute> routes() {
        return List.of(
                new CrudRoute("listStacksByTag", "GET", "/v2/stacks/tag", this::stacksByTag),
                new CrudRoute("listStackPrices", "GET", "/v2/stacks/price", this::prices),
                new CrudRoute("listStackTemplates", "GET", "/v2/templates", this::templates),
                new CrudRoute("showAccountStatus", "GET", "/v2/permission/account/status", this::accountStatus),
                new CrudRoute("listStacks", "GET", "/v2/stacks", this::deprecatedStacks));
    }

    boolean isKnownStack(String stackId) {
        return stacks.stream().anyMatch(stack -> stack.name().equals(stackId));
    }

    private static ObjectNode config(List<String> specs, String image) {
        ObjectNode config = Json.object();
        ObjectNode recipe = config.putObject("recipe");
        recipe.put("content", image);
        recipe.put("type", "dockerimage");
        ObjectNode attributes = config.putObject("attributes");
        attributes.set("specs", Json.textArray(specs));
        attributes.put("suggest", specs.get(0));
        attributes.put("suggest_title", "Recommended");
        attributes.set("volumes", Json.textArray("5GB", "10GB", "20GB"));
        return config;
    }

    /** Tags may come as repeated parameters or comma-separated; empty means all. */
    private static Set<String> requestedTags(CrudRequest request) {
        Set<String> tags = new LinkedHashSet<>();
        for (String value : request.queryValues("tags")) {
            for (String tag : value.split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return tags;
    }

    private List<Stack> matching(CrudRequest request) {
        Set<String> wanted = requestedTags(request);
        List<Stack> result = new ArrayList<>();
        for (Stack stack : stacks) {
            if (wanted.isEmpty() || stack.tags().stream().anyMatch(tag -> wanted.contains(tag.toLowerCase(Locale.ROOT)))) {
                result.add(stack);
            }
        }
        return result;
    }

    private ArrayNode allTags() {
        Set<String> tags = new LinkedHashSet<>();
        stacks.forEach(stack -> tags.addAll(stack.tags()));
        return Json.textArray(new ArrayList<>(tags));
    }

    private CrudReply stacksByTag(CrudRequest request) {
        ArrayNode list = Json.array();
        for (Stack stack : matching(request)) {
            ObjectNode item = list.addObject();
            item.put("id", stack.id());
            item.put("stack_name", stack.name());
            item.put("display_name", stack.displayName());
            item.set("tags", Json.textArray(stack.tags()));
            item.put("region", REGION);
            item.set("users", Json.textArray("ide"));
            item.put("description", stack.description());
            item.put("disable", false);
            item.put("show", true);
            item.put("label", "default");
            item.put("logo", "https://static.example.com/cloudide/stacks/" + stack.name() + ".svg");
            if (stack.arm()) {
                item.set("arm_config", config(List.of("4U8G"), stack.image()));
            }
            item.set("config", config(stack.x86Specs(), stack.image()));
            item.put("created_time", "2021-10-15 14:28:40");
            item.put("updated_time", "2021-12-27 16:01:22");
            item.put("bundle_url", "https://static.example.com/CloudIDEStatic/1.0.33/bundle.js");
            item.put("delete", false);
        }
        ObjectNode stack = Json.object();
        stack.set("tags", allTags());
        stack.set("stack_list", list);
        return CrudReply.ok(Json.success("stack", stack));
    }

    private CrudReply deprecatedStacks(CrudRequest request) {
        ArrayNode list = Json.array();
        for (Stack stack : matching(request)) {
            ObjectNode item = list.addObject();
            if (stack.arm()) {
                item.set("arm_config", config(List.of("4U8G"), stack.image()));
            }
            item.set("config", config(stack.x86Specs(), stack.image()));
            item.put("creator", "system");
            item.put("description", stack.description());
            item.put("disable", false);
            item.put("id", stack.id());
            item.put("label", "default");
            item.put("logo", "https://static.example.com/cloudide/stacks/" + stack.name() + ".svg");
            item.put("name", stack.displayName());
            item.put("scope", "general");
            item.put("stack_id", stack.name());
            item.set("tags", Json.textArray(stack.tags()));
        }
        ObjectNode stack = Json.object();
        stack.set("stack_list", list);
        stack.set("tags", allTags());
        return CrudReply.ok(Json.success("stack", stack));
    }

    private CrudReply prices(CrudRequest request) {
        ArrayNode prices = Json.array();
        price(prices, "x86", 0.8, "1U1G", "cpuMemory");
        price(prices, "x86", 3.5, "2U4G", "cpuMemory");
        price(prices, "x86", 7.0, "4U8G", "cpuMemory");
        price(prices, "arm", 0, "4U8G", "cpuMemory");
        double[] storage = {0.0049, 0.0098, 0.0196};
        String[] sizes = {"5GB", "10GB", "20GB"};
        for (int i = 0; i < sizes.length; i++) {
            price(prices, "x86", storage[i], sizes[i], "storage");
            price(prices, "arm", 0, sizes[i], "storage");
        }
        return CrudReply.ok(Json.success("prices", prices));
    }

    private static void price(ArrayNode prices, String arch, double price, String size, String type) {
        ObjectNode item = prices.addObject();
        item.put("arch", arch);
        item.put("price", price);
        item.put("size", size);
        item.put("type", type);
    }

    private CrudReply templates(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String stackId = query.requireText("stack_id");
        String arch = query.enumText("arch", "x86", "arm");
        if (!stackId.equals("all") && !isKnownStack(stackId)) {
            throw STYLE.invalid("query parameter 'stack_id' has value '" + stackId + "'; use 'all' or a stack_name from "
                    + "GET /v2/stacks/tag");
        }
        ArrayNode result = Json.array();
        for (var template : templates) {
            boolean stackMatches = stackId.equals("all") || template.path("stack_id").asText().equals(stackId);
            boolean archMatches = arch == null || List.of(template.path("arch").asText().split(",")).contains(arch);
            if (stackMatches && archMatches) {
                ObjectNode copy = ((ObjectNode) template).deepCopy();
                copy.remove("stack_id");
                result.add(copy);
            }
        }
        return CrudReply.ok(Json.success("templates", result));
    }

    private CrudReply accountStatus(CrudRequest request) {
        ObjectNode result = Json.object();
        result.put("cur_org_create_role", true);
        result.put("cur_org_open", true);
        result.put("has_free_trial", true);
        result.put("show_manage", true);
        return CrudReply.ok(Json.success("result", result));
    }
}
