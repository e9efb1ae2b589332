package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.MarketplaceStore.Extension;
import io.jenkins.plugins.codearts.emulator.crud.MarketplaceStore.Publisher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Doc B §4.6: finding extensions: the filtered and sorted extension query, extension details, categories and the
 * caller's publishers, each extension in the documented ExtensionVersion-bearing shape.
 */
final class MarketplaceQueries implements ResourceFamily {

    private static final ErrorStyle STYLE = MarketplaceStore.STYLE;

    private final MarketplaceStore store;
    private final CrudEnvironment env;
    private static final List<Long> FILTER_TYPES = List.of(1L, 2L, 3L, 4L, 5L, 7L, 8L, 10L, 12L, 13L, 18L, 19L, 102L, 103L, 107L, 108L);

    MarketplaceQueries(MarketplaceStore store) {
        this.store = store;
        this.env = store.env;
    }

    @Override
    public List<CrudRoute> routes() {
        return Stream.of(
                new CrudRoute("queryExtensions", "POST", "/v1/marketplace/extension/extensionquery", this::query),
                new CrudRoute("showExtensionDetails", "POST", "/v1/marketplace/extension/public/detail", this::details),
                new CrudRoute("listExtensionCategories", "GET", "/v1/marketplace/extension/category", this::listCategories),
                // The examples of Doc B §4.6.10-12 send POST (⚠): accepted as well.
                new CrudRoute("listExtensionCategories.examplePost", "POST", "/v1/marketplace/extension/category",
                        this::listCategories),
                new CrudRoute("listMyPublishers", "GET", "/v1/marketplace/publishers/mine", this::myPublishers))
                .map(route -> route.lockedBy(store)).toList();
    }

    private static ObjectNode publisherSnake(Publisher publisher) {
        ObjectNode snake = Json.object();
        snake.put("publisher_id", publisher.id());
        snake.put("publisher_name", publisher.identifier());
        snake.put("display_name", publisher.name());
        snake.put("publisher_status", "VERIFIED");
        snake.put("email", publisher.email());
        snake.put("web_url", "https://marketplace.example.com/publishers/" + publisher.identifier());
        snake.put("open", true);
        return snake;
    }

    private ObjectNode view(Extension extension) {
        ObjectNode node = Json.object();
        node.put("extension_id", extension.id);
        node.put("extension_name", extension.name);
        node.put("display_name", extension.displayName);
        node.put("flags", extension.flags);
        node.put("last_updated", extension.lastUpdated);
        node.put("published_date", extension.publishedDate);
        node.put("release_date", extension.publishedDate);
        node.put("short_description", extension.description);
        node.set("tags", Json.textArray(extension.tags));
        node.set("tag_all_list", Json.textArray(extension.tags));
        node.set("publisher", publisherSnake(extension.publisher));
        node.set("arch", Json.textArray("x86", "arm"));
        node.put("target", MarketplaceStore.TARGET);
        node.set("categories", Json.textArray(extension.categories));
        node.set("category_all_list", Json.textArray(extension.categories));
        node.set("publish_manager", publisherSnake(extension.publisher));
        node.put("status", extension.status);
        node.put("validate_status", "NONE");
        node.put("install_count", extension.installCount);
        double average = store.averageStars(extension.id);
        node.put("average_star", Math.round(average * 10) / 10.0);
        node.put("identifier", extension.identifier());
        node.set("support_os", Json.textArray("win", "mac os", "linux"));
        node.put("support_ide", 3);
        node.put("support_ide_info", MarketplaceStore.TARGET);
        ArrayNode versions = node.putArray("versions");
        extension.versions.forEach(version -> {
            ObjectNode copy = version.deepCopy();
            copy.put("extension_id", extension.id);
            versions.add(copy);
        });
        node.put("validate_result", "");
        ObjectNode statistics = node.putObject("extension_statistics");
        statistics.put("install", extension.installCount);
        statistics.put("stars", Math.round(average * 10) / 10.0);
        node.put("preview", false);
        ObjectNode info = node.putObject("ext_info");
        info.put("extension_id", extension.id);
        info.put("repo_url", "https://codehub.example.com/" + extension.identifier());
        info.put("help_page", "");
        info.put("website", "");
        info.put("issue_link", "");
        info.put("show_previews", false);
        info.put("created_at", extension.publishedDate);
        info.put("updated_at", extension.lastUpdated);
        node.put("platform", "codearts ide online");
        ObjectNode check = node.putObject("check_result");
        check.put("status", "success");
        check.putArray("errors");
        // a published extension is its own latest version
        check.put("extension_version_compare", "EQUAL");
        node.put("gray_version_count", 0);
        node.put("extension_owner", extension.publisher.identifier());
        return node;
    }

    private CrudReply listCategories(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long pageNumber = query.inRange("page_num", query.longValue("page_num", 1), 1, Integer.MAX_VALUE);
        long pageSize = query.inRange("page_size", query.longValue("page_size", 100), 1, 1000);
        String scene = query.text("scene_name");
        Long type = query.longValue("type");
        query.longValue("support_ide");
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode category : store.categories) {
            if ((scene == null || scene.isEmpty() || category.path("scene_name").asText().equals(scene))
                    && (type == null || category.path("type").asLong() == type)) {
                matches.add(category);
            }
        }
        return CrudReply.ok(Json.success("result", MarketplaceStore.pageOf(matches, (pageNumber - 1) * pageSize, pageSize)));
    }

    private CrudReply myPublishers(CrudRequest request) {
        String name = request.queryFields(STYLE).text("name");
        ArrayNode result = Json.array();
        for (Publisher publisher : store.publishers.values()) {
            if (!publisher.ownerId().equals(env.userId())
                    || !TextFilter.keeps(name, publisher.name())) {
                continue;
            }
            ObjectNode item = result.addObject();
            item.put("id", publisher.id());
            item.put("name", publisher.name());
            item.put("identifier", publisher.identifier());
            item.put("description", publisher.name() + " extensions");
            item.put("email", publisher.email());
            item.put("web_url", "");
            item.put("support_url", "");
            item.put("code_repo", "");
            item.put("eamap_info", "");
            item.put("espase_group", "");
            item.put("logo_url", "");
            item.put("status", true);
            item.put("publisher_review", false);
            item.put("system_review", false);
            item.put("official", publisher.official());
            item.put("is_open", false);
            item.put("is_org", false);
            item.put("extension_count", store.extensions.values().stream().filter(e -> e.publisher.equals(publisher)).count());
            item.put("suite_count", 0);
            item.put("member_count", 1);
            item.put("created_time", publisher.createdTime());
            item.put("updated_time", publisher.createdTime());
            item.put("role", "Owner");
            ObjectNode owner = item.putArray("owners").addObject();
            owner.put("domain_id", env.domainId());
            owner.put("user_id", env.userId());
            owner.put("user_name", env.userName());
            owner.put("role", "Owner");
            owner.put("role_id", 1);
            owner.put("role_value", "owner");
            owner.put("extension_count", item.path("extension_count").asInt());
        }
        return CrudReply.ok(Json.success("result", result));
    }

    private CrudReply query(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        body.requireArray("filters");
        checkedFlags(body);
        List<Fields> filters = body.objects("filters");
        if (filters.isEmpty()) {
            throw STYLE.invalid("body field 'filters' is an empty array; send at least one filter with page_number and page_size");
        }
        ArrayNode results = Json.array();
        for (Fields filter : filters) {
            long pageNumber = filter.inRange("page_number", filter.requireLong("page_number"), 1, Integer.MAX_VALUE);
            long pageSize = filter.inRange("page_size", filter.requireLong("page_size"), 1, 1000);
            Long sortBy = filter.longValue("sort_by");
            if (sortBy != null) {
                filter.inRange("sort_by", sortBy, 1, 3);
            }
            Long sortOrder = filter.longValue("sort_order");
            if (sortOrder != null) {
                filter.inRange("sort_order", sortOrder, 1, 2);
            }
            List<Extension> matches = new ArrayList<>();
            List<Fields> criteria = filter.objects("criteria");
            for (Fields criterion : criteria) {
                long type = criterion.requireLong("filter_type");
                if (!FILTER_TYPES.contains(type)) {
                    throw STYLE.invalid("body field '" + criterion.name("filter_type") + "' has value " + type + "; use one of "
                            + FILTER_TYPES);
                }
                criterion.text("value");
            }
            for (Extension extension : store.extensions.values()) {
                if (criteria.stream().allMatch(criterion -> matches(extension, criterion.requireLong("filter_type"),
                        criterion.text("value", "")))) {
                    matches.add(extension);
                }
            }
            Comparator<Extension> order = switch (sortBy == null ? 1 : sortBy.intValue()) {
                case 2 -> Comparator.comparing(extension -> extension.name.toLowerCase(Locale.ROOT));
                case 3 -> Comparator.comparing(extension -> extension.publisher.identifier().toLowerCase(Locale.ROOT));
                default -> Comparator.comparing(extension -> extension.lastUpdated);
            };
            boolean ascending = sortOrder != null ? sortOrder == 1 : sortBy != null && sortBy != 1;
            matches.sort(ascending ? order : order.reversed());
            results.add(resultOf(Paging.page(matches, pageNumber, pageSize), matches.size()));
        }
        ObjectNode reply = Json.object();
        reply.set("results", results);
        return CrudReply.ok(reply);
    }

    /**
     * flags must be a sum of distinct values from 2, 4, 8 and 16. The document gives no meaning to the bits, so they
     * are checked but do not change the answer (every result carries its versions).
     */
    private static void checkedFlags(Fields body) {
        long flags = body.requireLong("flags");
        if (flags < 0 || (flags & ~30L) != 0) {
            throw STYLE.invalid("body field 'flags' has value " + flags + "; use a sum of distinct values from 2, 4, 8 and 16 "
                    + "(e.g. 8, or 6 = 2 + 4)");
        }
    }

    private ObjectNode resultOf(List<Extension> page, int total) {
        ObjectNode result = Json.object();
        ArrayNode list = result.putArray("extensions");
        page.forEach(extension -> list.add(view(extension)));
        ObjectNode metadata = result.putArray("result_metadata").addObject();
        metadata.put("metadata_type", "ResultCount");
        ObjectNode count = metadata.putArray("metadata_items").addObject();
        count.put("name", "TotalCount");
        count.put("count", total);
        return result;
    }

    private static boolean matches(Extension extension, long type, String value) {
        return switch ((int) type) {
            case 1 -> extension.tags.stream().anyMatch(tag -> tag.equalsIgnoreCase(value));
            case 2 -> TextFilter.containsIgnoreCase(extension.displayName, value);
            case 3 -> extension.publisher.id().equals(value);
            case 4 -> extension.id.equals(value);
            case 5 -> extension.categories.stream().anyMatch(category -> category.equalsIgnoreCase(value));
            case 7 -> extension.identifier().equalsIgnoreCase(value);
            case 8, 107 -> value.isEmpty() || TextFilter.containsIgnoreCase(MarketplaceStore.TARGET, value) || value.equals(MarketplaceStore.OFFICIAL_TARGET);
            case 10 -> TextFilter.containsIgnoreCase(extension.name, value)
                    || TextFilter.containsIgnoreCase(extension.displayName, value)
                    || TextFilter.containsIgnoreCase(extension.description, value);
            case 12 -> !String.valueOf(extension.flags).equals(value);
            case 13 -> String.valueOf(extension.flags).equals(value);
            case 18 -> extension.publisher.identifier().equalsIgnoreCase(value);
            case 19 -> TextFilter.containsIgnoreCase(extension.publisher.name(), value);
            case 102 -> !extension.status.equalsIgnoreCase(value);
            case 103 -> extension.status.equalsIgnoreCase(value);
            case 108 -> List.of(value.split(",")).stream().map(String::trim).anyMatch(extension.id::equals);
            default -> false;
        };
    }

    private CrudReply details(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String ids = body.requireText("ids");
        List<Extension> found = new ArrayList<>();
        for (String id : ids.split(",")) {
            Extension extension = store.extensions.get(id.trim());
            if (extension != null) {
                found.add(extension);
            }
        }
        if (found.isEmpty()) {
            throw STYLE.notFound("Extension", "ids", ids);
        }
        ArrayNode results = Json.array();
        results.add(resultOf(found, found.size()));
        ObjectNode reply = Json.object();
        reply.set("results", results);
        return CrudReply.ok(reply);
    }
}
