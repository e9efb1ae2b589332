package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Doc B 4.6: the IDE Online plug-in marketplace (16 endpoints). Extensions are seeded; new ones arrive as VSIX
 * packages (a zip with {@code extension/package.json}) either in one upload or in md5-checked chunks, are checked,
 * and become extensions (or new versions) when their upload task is archived. Comments, replies, stars and reports
 * really round-trip.
 */
final class Marketplace implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.IDE;
    private static final String TARGET = "CodeArts IDE Online";
    /** The only value 4.6.1 accepts for {@code official}. */
    static final String OFFICIAL_TARGET = "CodeArtsIDEOnline";
    private static final List<Long> FILTER_TYPES = List.of(1L, 2L, 3L, 4L, 5L, 7L, 8L, 10L, 12L, 13L, 18L, 19L, 102L, 103L, 107L, 108L);

    private final CrudEnvironment env;
    private final Map<String, Publisher> publishers = new LinkedHashMap<>();
    private final Map<String, Extension> extensions = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> evaluations = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> replies = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> stars = new LinkedHashMap<>();
    private final List<ObjectNode> reports = new ArrayList<>();
    private final Map<String, UploadTask> tasks = new LinkedHashMap<>();
    private final ArrayNode categories = Json.array();
    private long nextNumericId = 300;

    private record Publisher(String id, String identifier, String name, String email, boolean official, String ownerId,
                             String createdTime) {
    }

    private static final class Extension {
        final String id;
        final Publisher publisher;
        final String name;
        String displayName;
        String description;
        List<String> categories;
        List<String> tags;
        long installCount;
        long flags = 8;
        String status = "NORMAL";
        final String publishedDate;
        String lastUpdated;
        final List<ObjectNode> versions = new ArrayList<>();

        Extension(String id, Publisher publisher, String name, String publishedDate) {
            this.id = id;
            this.publisher = publisher;
            this.name = name;
            this.publishedDate = publishedDate;
            this.lastUpdated = publishedDate;
        }

        String identifier() {
            return publisher.identifier() + "." + name;
        }
    }

    /** An upload on its way to becoming an extension version. */
    private static final class UploadTask {
        final String id;
        final String publisherId;
        final TreeMap<Long, byte[]> chunks = new TreeMap<>();
        byte[] content;
        ObjectNode manifest;
        String fileStatus = "success";
        String basicStatus = "success";
        final List<String> errors = new ArrayList<>();
        boolean archived;

        UploadTask(String id, String publisherId) {
            this.id = id;
            this.publisherId = publisherId;
        }

        boolean passed() {
            return content != null && errors.isEmpty();
        }
    }

    Marketplace(CrudEnvironment env) {
        this.env = env;
        Publisher huawei = new Publisher("cc809483-21b8-473b-bd65-ff87efb261fa", "huawei", "Huawei", "ide@example.com", true,
                "system", "2022-04-01 09:54:26");
        Publisher demo = new Publisher("6251b1ee-539f-4c02-ad4b-83daeda81633", "codearts-demo", "CodeArts Demo",
                "demo@example.com", false, env.userId(), "2022-04-01 09:54:26");
        publishers.put(huawei.id(), huawei);
        publishers.put(demo.id(), demo);
        seedExtension("17c341ee-797e-4824-aec5-6fafb3c0eced", huawei, "java-pack", "Java Extension Pack",
                "Java language support, debugging and Maven", List.of("Programming Languages"), List.of("java", "maven"), 12000,
                "1.2.0");
        seedExtension("07390271-f87f-4b98-9d72-3ad8ac541f52", huawei, "python", "Python",
                "Python language support and debugging", List.of("Programming Languages", "Debuggers"), List.of("python"), 9000,
                "2.0.1");
        seedExtension("5236426b-c2c0-4221-8d4b-bad03c1d51c2", demo, "background-color", "Background colour",
                "Sets the editor background colour", List.of("Themes"), List.of("color", "theme"), 50, "0.0.1");
        String[] names = {"Programming Languages", "Snippets", "Linters", "Themes", "Debuggers", "Formatters", "Other"};
        for (int i = 0; i < names.length; i++) {
            ObjectNode category = categories.addObject();
            category.put("id", 17 + i);
            category.put("category", names[i]);
            category.put("scene_name", "cloudide");
            category.put("type", 0);
            category.put("support_ide", 48);
        }
    }

    private void seedExtension(String id, Publisher publisher, String name, String displayName, String description,
                               List<String> categoryNames, List<String> tags, long installs, String version) {
        Extension extension = new Extension(id, publisher, name, "2022-08-29 00:00:00");
        extension.displayName = displayName;
        extension.description = description;
        extension.categories = categoryNames;
        extension.tags = tags;
        extension.installCount = installs;
        extension.versions.add(versionNode(version, displayName, description, "2022-08-31 00:00:00", null, 524_288));
        extensions.put(id, extension);
    }

    /**
     * ExtensionVersion (Doc B 4.6): the links come from package.json ({@code repository}, {@code homepage},
     * {@code bugs}) when the VSIX has them, else empty; {@code asset_size} is the VSIX size in bytes.
     */
    private static ObjectNode versionNode(String version, String displayName, String description, String time,
            JsonNode packageJson, long assetSize) {
        ObjectNode node = Json.object();
        JsonNode manifest = packageJson == null ? Json.object() : packageJson;
        JsonNode repository = manifest.path("repository");
        node.put("repo_url", repository.isTextual() ? repository.asText() : repository.path("url").asText(""));
        node.put("help_page", manifest.path("homepage").asText(""));
        node.put("website", manifest.path("homepage").asText(""));
        JsonNode bugs = manifest.path("bugs");
        node.put("issue_link", bugs.isTextual() ? bugs.asText() : bugs.path("url").asText(""));
        node.put("asset_size", assetSize);
        node.put("id", UUID.randomUUID().toString());
        node.put("version", version);
        node.put("version_ranking", 10000);
        node.put("status", "PUBLISHED");
        node.put("version_status", "PUBLISHED");
        node.put("version_validate_status", "NONE");
        node.put("display_name", displayName);
        node.put("description", description);
        node.put("last_updated", time);
        node.put("version_date", time);
        node.put("created_at", time);
        node.put("preview", false);
        node.put("support_ide", 3);
        node.put("asset_uri", "https://marketplace.example.com/assets/" + version);
        node.putArray("files").addObject().put("asset_type", "Microsoft.VisualStudio.Services.VSIXPackage")
                .put("source", "https://marketplace.example.com/assets/" + version + "/package.vsix");
        node.put("validate_message", "");
        node.put("min_ide_version", "");
        node.put("max_ide_version", "");
        node.put("extension_pack", "");
        node.put("extension_dependencies", "");
        node.putArray("depends");
        node.putArray("property_list");
        node.put("uploader", "");
        return node;
    }

    @Override
    public List<CrudRoute> routes() {
        return List.of(
                new CrudRoute("uploadMarketplacePlugin", "POST", "/v1/marketplace/file/plugin", this::uploadPlugin),
                new CrudRoute("createExtensionEvaluation", "POST", "/v1/marketplace/extension/evaluation", this::createEvaluation),
                new CrudRoute("replyEvaluation", "POST", "/v1/marketplace/extension/evaluation/reply", this::reply),
                new CrudRoute("createExtensionStar", "POST", "/v1/marketplace/star", this::createStar),
                new CrudRoute("reportEvaluation", "POST", "/v1/marketplace/extension/evaluation/accusation", this::report),
                new CrudRoute("deleteEvaluation", "DELETE", "/v1/marketplace/evaluation/{evaluation_id}", this::deleteEvaluation),
                new CrudRoute("deleteEvaluationReply", "DELETE", "/v1/marketplace/evaluation/reply/{reply_id}", this::deleteReply),
                new CrudRoute("queryExtensions", "POST", "/v1/marketplace/extension/extensionquery", this::query),
                new CrudRoute("showExtensionDetails", "POST", "/v1/marketplace/extension/public/detail", this::details),
                new CrudRoute("listExtensionEvaluations", "GET", "/v1/marketplace/feedback/evaluation", this::listEvaluations),
                new CrudRoute("listExtensionStars", "GET", "/v1/marketplace/feedback/star", this::listStars),
                new CrudRoute("listExtensionCategories", "GET", "/v1/marketplace/extension/category", this::listCategories),
                // The examples of 4.6.10-12 send POST (⚠): accepted as well.
                new CrudRoute("listExtensionEvaluations.examplePost", "POST", "/v1/marketplace/feedback/evaluation",
                        this::listEvaluations),
                new CrudRoute("listExtensionStars.examplePost", "POST", "/v1/marketplace/feedback/star", this::listStars),
                new CrudRoute("listExtensionCategories.examplePost", "POST", "/v1/marketplace/extension/category",
                        this::listCategories),
                new CrudRoute("publishExtension", "POST", "/v1/marketplace/extension/{task_id}/archiving", this::publish),
                new CrudRoute("showExtensionCheckResult", "GET", "/v1/marketplace/extension/{task_id}/status", this::checkResult),
                new CrudRoute("listMyPublishers", "GET", "/v1/marketplace/publishers/mine", this::myPublishers),
                new CrudRoute("uploadFileChunk", "POST", "/v2/fileservice/file/upload", this::uploadChunk),
                // 4.6.16's example URL uses /v1 (⚠): accepted as well.
                new CrudRoute("uploadFileChunk.exampleV1", "POST", "/v1/fileservice/file/upload", this::uploadChunk));
    }

    // ---- views ---------------------------------------------------------------------------------------------------

    private ObjectNode commentator() {
        ObjectNode commentator = Json.object();
        commentator.put("id", env.userId());
        commentator.put("name", env.userName());
        commentator.put("domainId", env.domainId());
        commentator.put("domainName", env.domainName());
        commentator.put("deletedTime", 0);
        return commentator;
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

    private double averageStars(String extensionId) {
        return stars.values().stream().filter(star -> star.path("extension_id").asText().equals(extensionId))
                .mapToInt(star -> star.path("stars").asInt()).average().orElse(0);
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
        node.put("target", TARGET);
        node.set("categories", Json.textArray(extension.categories));
        node.set("category_all_list", Json.textArray(extension.categories));
        node.set("publish_manager", publisherSnake(extension.publisher));
        node.put("status", extension.status);
        node.put("validate_status", "NONE");
        node.put("install_count", extension.installCount);
        double average = averageStars(extension.id);
        node.put("average_star", Math.round(average * 10) / 10.0);
        node.put("identifier", extension.identifier());
        node.set("support_os", Json.textArray("win", "mac os", "linux"));
        node.put("support_ide", 3);
        node.put("support_ide_info", TARGET);
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

    private static ObjectNode pageOf(List<? extends JsonNode> items, long offset, long limit) {
        ObjectNode page = Json.object();
        page.put("size", limit);
        page.put("total_items_count", items.size());
        page.put("items_before", offset);
        ArrayNode array = page.putArray("items");
        Paging.window(items, offset, limit).forEach(item -> array.add(item.deepCopy()));
        page.put("empty", array.isEmpty());
        return page;
    }

    private Extension extension(String field, String id) {
        Extension extension = extensions.get(id);
        if (extension == null) {
            throw STYLE.notFound("Extension", field, id);
        }
        return extension;
    }

    private long nextId() {
        return nextNumericId++;
    }

    // ---- comments, replies, stars, reports ------------------------------------------------------------------------

    private synchronized CrudReply createEvaluation(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Extension extension = extension("extension_id", body.requireText("extension_id"));
        String text = body.requireText("text");
        ObjectNode evaluation = Json.object();
        evaluation.put("id", nextId());
        evaluation.put("extension_id", extension.id);
        evaluation.put("extension_name", extension.name);
        evaluation.set("commentator", commentator());
        evaluation.put("text", text);
        evaluation.put("create_time", Json.spaced(env.now()));
        ObjectNode publisher = evaluation.putObject("publisher");
        publisher.put("publisher_id", extension.publisher.id());
        publisher.put("publisher_name", extension.publisher.identifier());
        evaluation.put("status", 1);
        evaluation.put("count", 0);
        evaluations.put(evaluation.path("id").asLong(), evaluation);
        return CrudReply.ok(Json.success("result", evaluation.deepCopy()));
    }

    private synchronized CrudReply reply(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String text = body.requireText("text");
        Long evaluationId = numericId(body, "evaluation_id");
        Long replyId = numericId(body, "reply_id");
        ObjectNode replyTo = null;
        if (replyId != null) {
            replyTo = replies.get(replyId);
            if (replyTo == null) {
                throw STYLE.notFound("Reply", "reply_id", String.valueOf(replyId));
            }
            long parent = replyTo.path("evaluation_id").asLong();
            if (evaluationId != null && evaluationId != parent) {
                throw STYLE.invalid("body field 'reply_id' names a reply of evaluation " + parent + ", not of evaluation "
                        + evaluationId + "; send matching ids or only reply_id");
            }
            evaluationId = parent;
        }
        if (evaluationId == null) {
            throw STYLE.invalid("body field 'evaluation_id' or 'reply_id' is mandatory: send the comment or the reply to answer");
        }
        ObjectNode evaluation = evaluations.get(evaluationId);
        if (evaluation == null) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(evaluationId));
        }
        ObjectNode reply = Json.object();
        reply.put("id", nextId());
        reply.set("extension_id", evaluation.get("extension_id"));
        reply.set("extension_name", evaluation.get("extension_name"));
        reply.set("commentator", commentator());
        reply.put("text", text);
        reply.put("create_time", Json.spaced(env.now()));
        reply.set("publisher", evaluation.get("publisher").deepCopy());
        reply.put("status", 1);
        reply.put("count", 0);
        reply.put("evaluation_id", evaluationId);
        ObjectNode to = (replyTo == null ? evaluation : replyTo).path("commentator").deepCopy();
        reply.set("reply_to", to);
        replies.put(reply.path("id").asLong(), reply);
        evaluation.put("count", evaluation.path("count").asInt() + 1);
        return CrudReply.ok(Json.success("result", reply.deepCopy()));
    }

    /** Evaluation and reply ids are typed Long in the paths and strings in bodies: accept numbers in either form. */
    private static Long numericId(Fields body, String field) {
        String value = body.text(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw STYLE.invalid("body field '" + field + "' has value '" + value + "' but must be a numeric id");
        }
    }

    private static long pathId(CrudRequest request, String name) {
        String value = request.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw STYLE.invalid("path parameter '" + name + "' has value '" + value + "' but must be a numeric id (Long)");
        }
    }

    private synchronized CrudReply createStar(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        Extension extension = extension("extension_id", body.requireText("extension_id"));
        // The document gives no range; the marketplace shows one to five stars.
        long count = body.inRange("stars", body.requireLong("stars"), 1, 5);
        String comment = body.text("comment", "");
        String now = Json.spaced(env.now());
        ObjectNode star = stars.values().stream()
                .filter(existing -> existing.path("extension_id").asText().equals(extension.id)
                        && existing.path("commentator").path("domainId").asText().equals(env.domainId()))
                .findFirst().orElse(null);
        if (star == null) {
            star = Json.object();
            star.put("id", nextId());
            star.put("extension_id", extension.id);
            star.put("create_time", now);
            star.put("status", "VALIDATED");
            ObjectNode commentator = star.putObject("commentator");
            commentator.put("domainId", env.domainId());
            commentator.put("domainName", env.domainName());
            commentator.put("deletedTime", 0);
            stars.put(star.path("id").asLong(), star);
        }
        // One rating per account and extension: a second one replaces the first.
        star.put("comment", comment);
        star.put("stars", count);
        star.put("last_updated", now);
        return CrudReply.ok(Json.success("result", star.deepCopy()));
    }

    private synchronized CrudReply report(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String content = body.requireText("content");
        Long evaluationId = numericId(body, "evaluation_id");
        Long replyId = numericId(body, "reply_id");
        if (evaluationId == null && replyId == null) {
            throw STYLE.invalid("body field 'evaluation_id' or 'reply_id' is mandatory: send the id of the comment or reply to report");
        }
        if (evaluationId != null && !evaluations.containsKey(evaluationId)) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(evaluationId));
        }
        if (replyId != null && !replies.containsKey(replyId)) {
            throw STYLE.notFound("Reply", "reply_id", String.valueOf(replyId));
        }
        ObjectNode report = Json.object();
        report.put("content", content);
        report.put("evaluation_id", evaluationId);
        report.put("reply_id", replyId);
        report.put("create_time", Json.spaced(env.now()));
        reports.add(report);
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private synchronized CrudReply deleteEvaluation(CrudRequest request) {
        long id = pathId(request, "evaluation_id");
        if (evaluations.remove(id) == null) {
            throw STYLE.notFound("Evaluation", "evaluation_id", String.valueOf(id));
        }
        replies.values().removeIf(reply -> reply.path("evaluation_id").asLong() == id);
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private synchronized CrudReply deleteReply(CrudRequest request) {
        long id = pathId(request, "reply_id");
        ObjectNode reply = replies.remove(id);
        if (reply == null) {
            throw STYLE.notFound("Reply", "reply_id", String.valueOf(id));
        }
        ObjectNode evaluation = evaluations.get(reply.path("evaluation_id").asLong());
        if (evaluation != null) {
            evaluation.put("count", Math.max(0, evaluation.path("count").asInt() - 1));
        }
        return CrudReply.ok(Json.success("result", BooleanNode.TRUE));
    }

    private synchronized CrudReply listEvaluations(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Extension extension = extension("extension_id", query.requireText("extension_id"));
        long[] window = Paging.offsetLimit(query, false, 30, 100);
        List<ObjectNode> items = new ArrayList<>();
        List<ObjectNode> newestFirst = new ArrayList<>(evaluations.values());
        newestFirst.sort(Comparator.comparingLong((ObjectNode e) -> e.path("id").asLong()).reversed());
        for (ObjectNode evaluation : newestFirst) {
            if (!evaluation.path("extension_id").asText().equals(extension.id)) {
                continue;
            }
            ObjectNode item = Json.object();
            item.set("evaluation", evaluation);
            ArrayNode threaded = item.putArray("evaluationReply");
            replies.values().stream().filter(reply -> reply.path("evaluation_id").asLong() == evaluation.path("id").asLong())
                    .forEach(threaded::add);
            items.add(item);
        }
        return CrudReply.ok(Json.success("result", pageOf(items, window[0], window[1])));
    }

    private synchronized CrudReply listStars(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        Extension extension = extension("extension_id", query.requireText("extension_id"));
        long[] window = Paging.offsetLimit(query, false, 30, 100);
        List<ObjectNode> items = stars.values().stream()
                .filter(star -> star.path("extension_id").asText().equals(extension.id)).toList();
        return CrudReply.ok(Json.success("result", pageOf(items, window[0], window[1])));
    }

    private synchronized CrudReply listCategories(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long pageNumber = query.inRange("page_num", query.longValue("page_num", 1), 1, Integer.MAX_VALUE);
        long pageSize = query.inRange("page_size", query.longValue("page_size", 100), 1, 1000);
        String scene = query.text("scene_name");
        Long type = query.longValue("type");
        query.longValue("support_ide");
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode category : categories) {
            if ((scene == null || scene.isEmpty() || category.path("scene_name").asText().equals(scene))
                    && (type == null || category.path("type").asLong() == type)) {
                matches.add(category);
            }
        }
        return CrudReply.ok(Json.success("result", pageOf(matches, (pageNumber - 1) * pageSize, pageSize)));
    }

    private synchronized CrudReply myPublishers(CrudRequest request) {
        String name = request.queryFields(STYLE).text("name");
        ArrayNode result = Json.array();
        for (Publisher publisher : publishers.values()) {
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
            item.put("extension_count", extensions.values().stream().filter(e -> e.publisher.equals(publisher)).count());
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

    // ---- querying ------------------------------------------------------------------------------------------------

    private synchronized CrudReply query(CrudRequest request) {
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
            for (Extension extension : extensions.values()) {
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
            case 8, 107 -> value.isEmpty() || TextFilter.containsIgnoreCase(TARGET, value) || value.equals(OFFICIAL_TARGET);
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

    private synchronized CrudReply details(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String ids = body.requireText("ids");
        List<Extension> found = new ArrayList<>();
        for (String id : ids.split(",")) {
            Extension extension = extensions.get(id.trim());
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

    // ---- uploads and publishing ----------------------------------------------------------------------------------

    private Publisher myPublisher(String field, String id) {
        Publisher publisher = publishers.get(id);
        if (publisher == null || !publisher.ownerId().equals(env.userId())) {
            throw STYLE.notFound("Publisher", field, id);
        }
        return publisher;
    }

    /** Reads extension/package.json from a VSIX and records the check results on the task. */
    private void check(UploadTask task) {
        task.errors.clear();
        task.manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(task.content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("extension/package.json") || entry.getName().equals("package.json")) {
                    JsonNode parsed = Json.MAPPER.readTree(zip.readNBytes(1 << 20));
                    if (parsed != null && parsed.isObject()) {
                        task.manifest = (ObjectNode) parsed;
                    }
                    break;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            task.fileStatus = "failed";
            task.errors.add("the file is not a VSIX (zip) package: " + unreadable.getMessage());
            return;
        }
        if (task.manifest == null) {
            task.fileStatus = "failed";
            task.errors.add("the package has no extension/package.json");
            return;
        }
        task.fileStatus = "success";
        for (String field : List.of("name", "publisher", "version")) {
            if (task.manifest.path(field).asText("").isBlank()) {
                task.errors.add("extension/package.json has no \"" + field + "\"");
            }
        }
        String publisherName = task.manifest.path("publisher").asText("");
        boolean ownsPublisher = publishers.values().stream()
                .anyMatch(p -> p.identifier().equals(publisherName) && p.ownerId().equals(env.userId()));
        if (!publisherName.isBlank() && !ownsPublisher) {
            task.errors.add("publisher '" + publisherName + "' is not one of your publishers (GET /v1/marketplace/publishers/mine)");
        }
        task.basicStatus = task.errors.isEmpty() ? "success" : "failed";
    }

    private UploadTask newTask(String publisherId) {
        UploadTask task = new UploadTask(UUID.randomUUID().toString(), publisherId);
        tasks.put(task.id, task);
        return task;
    }

    private synchronized CrudReply uploadPlugin(CrudRequest request) {
        String official = request.queryFields(STYLE).requireText("official");
        if (!official.equals(OFFICIAL_TARGET)) {
            throw STYLE.invalid("query parameter 'official' has value '" + official + "'; only '" + OFFICIAL_TARGET + "' is supported");
        }
        Multipart.FilePart file = request.multipart(STYLE).requireFile("file");
        UploadTask task = newTask(null);
        task.content = file.content();
        check(task);
        ObjectNode result = Json.object();
        result.set("security", checkPart("success", List.of()));
        result.set("basicInformation", checkPart(task.basicStatus, "success".equals(task.fileStatus) ? task.errors : List.of()));
        result.set("file", checkPart(task.fileStatus, "failed".equals(task.fileStatus) ? task.errors : List.of()));
        result.set("upload", checkPart("success", List.of()));
        result.put("task_id", task.id);
        ObjectNode reply = Json.success("result", result);
        ObjectNode error = Json.object();
        error.put("code", task.errors.isEmpty() ? "" : "IDE.00000097");
        error.put("reason", String.join("; ", task.errors));
        reply.set("error", error);
        return CrudReply.ok(reply);
    }

    private static ObjectNode checkPart(String status, List<String> errors) {
        ObjectNode part = Json.object();
        part.put("status", status);
        ArrayNode array = part.putArray("errors");
        errors.forEach(message -> {
            ObjectNode error = array.addObject();
            error.put("code", "IDE.00000097");
            error.put("message", message);
        });
        return part;
    }

    private synchronized CrudReply uploadChunk(CrudRequest request) {
        Multipart form = request.multipart(STYLE);
        Multipart.FilePart file = form.requireFile("file");
        Fields fields = form.fields();
        long index = fields.inRange("chunk_index", fields.requireLong("chunk_index"), 1, 100);
        boolean merge = fields.requireBool("merge");
        // Table 4-269 names it total_chunk_number; the SDK sends total_chunk_num. Either is accepted.
        String totalField = fields.text("total_chunk_num") != null ? "total_chunk_num" : "total_chunk_number";
        long total = fields.inRange(totalField, fields.requireLong(totalField), 0, 100);
        long parentSize = fields.inRange("parent_file_size", fields.requireLong("parent_file_size"), 0, Long.MAX_VALUE);
        fields.requireText("parent_file_name");
        boolean override = fields.requireBool("override");
        String chunkMd5 = fields.requireText("chunk_md5");
        String parentSha256 = fields.text("parent_file_sha256");
        String taskId = fields.text("task_id");
        String publisherId = fields.text("publisher_id");
        boolean userToken = request.header("x-publisher-token") == null;
        if (userToken && (publisherId == null || publisherId.isBlank())) {
            throw STYLE.invalid("form field 'publisher_id' is mandatory with a user token: send one of your publisher ids "
                    + "(GET /v1/marketplace/publishers/mine)");
        }
        if (publisherId != null && !publisherId.isBlank()) {
            myPublisher("publisher_id", publisherId);
        }
        String actualMd5 = digest("MD5", file.content());
        if (!actualMd5.equalsIgnoreCase(chunkMd5)) {
            throw STYLE.invalid("form field 'chunk_md5' has value '" + chunkMd5 + "' but chunk " + index + " hashes to '"
                    + actualMd5 + "'; send the hex MD5 of this chunk");
        }
        UploadTask task;
        if (taskId == null || taskId.isBlank()) {
            if (index != 1) {
                throw STYLE.invalid("form field 'task_id' is mandatory for chunk " + index + ": send the task_id the first chunk returned");
            }
            task = newTask(publisherId);
        } else {
            task = tasks.get(taskId);
            if (task == null) {
                throw STYLE.notFound("Upload task", "task_id", taskId);
            }
            if (task.content != null) {
                throw STYLE.invalid("upload task '" + taskId + "' is already merged; start a new upload without task_id");
            }
        }
        if (task.chunks.containsKey(index) && !override) {
            throw STYLE.invalid("chunk " + index + " of task '" + task.id + "' is already uploaded; send override=true to replace it");
        }
        task.chunks.put(index, file.content());
        if (merge) {
            merge(task, total, parentSize, parentSha256);
        }
        ObjectNode result = Json.object();
        result.put("task_id", task.id);
        return CrudReply.ok(Json.success("result", result));
    }

    private void merge(UploadTask task, long total, long parentSize, String parentSha256) {
        long expected = total == 0 ? task.chunks.size() : total;
        for (long i = 1; i <= expected; i++) {
            if (!task.chunks.containsKey(i)) {
                throw STYLE.invalid("form field 'merge' is true but chunk " + i + " of " + expected + " is missing; upload it first");
            }
        }
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        task.chunks.headMap(expected + 1).values().forEach(merged::writeBytes);
        byte[] content = merged.toByteArray();
        if (content.length != parentSize) {
            throw STYLE.invalid("form field 'parent_file_size' has value " + parentSize + " but the merged chunks hold "
                    + content.length + " bytes; send the size of the whole file");
        }
        if (parentSha256 != null && !parentSha256.isBlank() && !digest("SHA-256", content).equalsIgnoreCase(parentSha256)) {
            throw STYLE.invalid("form field 'parent_file_sha256' does not match the merged file; send the hex SHA-256 of the whole file");
        }
        task.content = content;
        check(task);
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private UploadTask task(CrudRequest request) {
        String id = request.pathParam("task_id");
        UploadTask task = tasks.get(id);
        if (task == null) {
            throw STYLE.notFound("Upload task", "task_id", id);
        }
        return task;
    }

    private Extension existingFor(ObjectNode manifest) {
        String identifier = manifest.path("publisher").asText() + "." + manifest.path("name").asText();
        return extensions.values().stream().filter(e -> e.identifier().equals(identifier)).findFirst().orElse(null);
    }

    private String versionCompare(UploadTask task) {
        if (task.manifest == null) {
            return "NULL_VERSION";
        }
        Extension existing = existingFor(task.manifest);
        if (existing == null) {
            return "NULL_VERSION";
        }
        String latest = existing.versions.get(existing.versions.size() - 1).path("version").asText();
        int order = ExtensionPlugins.compareVersions(task.manifest.path("version").asText(), latest);
        return order > 0 ? "GREATER" : order == 0 ? "EQUAL" : "LESS";
    }

    private synchronized CrudReply checkResult(CrudRequest request) {
        UploadTask task = task(request);
        if (task.content == null) {
            throw STYLE.invalid("upload task '" + task.id + "' has not been merged yet; upload the last chunk with merge=true");
        }
        ObjectNode result = Json.object();
        result.putObject("security").put("status", "success");
        result.putObject("file").put("status", task.fileStatus);
        ObjectNode basic = result.putObject("basicInformation");
        basic.put("status", task.basicStatus);
        basic.put("extension_version_compare", versionCompare(task));
        if (!task.errors.isEmpty()) {
            basic.set("errors", checkPart("failed", task.errors).get("errors"));
        }
        if (task.manifest != null) {
            ObjectNode brief = basic.putObject("extension_brief_info");
            String publisherName = task.manifest.path("publisher").asText();
            ObjectNode snake = brief.putObject("publisherSnake");
            publishers.values().stream().filter(p -> p.identifier().equals(publisherName)).findFirst().ifPresent(p -> {
                snake.put("publisher_id", p.id());
                snake.put("display_name", p.name());
            });
            snake.put("publisher_name", publisherName);
            brief.put("identifier", publisherName + "." + task.manifest.path("name").asText());
            brief.put("logUrl", "");
            brief.put("displayName", task.manifest.path("displayName").asText(task.manifest.path("name").asText()));
            brief.put("platform", "codearts ide online");
            brief.put("version", task.manifest.path("version").asText());
            brief.put("description", task.manifest.path("description").asText(""));
        }
        return CrudReply.ok(Json.success("result", result));
    }

    private synchronized CrudReply publish(CrudRequest request) {
        UploadTask task = task(request);
        request.bodyFields(STYLE).requireLong("type");
        if (!task.passed()) {
            throw STYLE.invalid("upload task '" + task.id + "' did not pass its checks ("
                    + (task.content == null ? "not merged yet" : String.join("; ", task.errors))
                    + "); see GET /v1/marketplace/extension/" + task.id + "/status");
        }
        if (task.archived) {
            throw STYLE.invalid("upload task '" + task.id + "' is already published; upload a new version");
        }
        ObjectNode manifest = task.manifest;
        String version = manifest.path("version").asText();
        String displayName = manifest.path("displayName").asText(manifest.path("name").asText());
        String description = manifest.path("description").asText("");
        String now = Json.spaced(env.now());
        Extension extension = existingFor(manifest);
        boolean firstUpload = extension == null;
        if (firstUpload) {
            String publisherName = manifest.path("publisher").asText();
            Publisher publisher = publishers.values().stream().filter(p -> p.identifier().equals(publisherName)).findFirst()
                    .orElseThrow();
            extension = new Extension(UUID.randomUUID().toString(), publisher, manifest.path("name").asText(), now);
            extension.categories = texts(manifest.path("categories"), "Other");
            extension.tags = texts(manifest.path("keywords"), null);
            extensions.put(extension.id, extension);
        } else {
            String latest = extension.versions.get(extension.versions.size() - 1).path("version").asText();
            if (ExtensionPlugins.compareVersions(version, latest) <= 0) {
                throw STYLE.invalid("version " + version + " of " + extension.identifier() + " is not newer than the published "
                        + latest + "; raise \"version\" in package.json");
            }
        }
        extension.displayName = displayName;
        extension.description = description;
        extension.lastUpdated = now;
        extension.versions.add(versionNode(version, displayName, description, now, task.manifest,
                task.content == null ? 0 : task.content.length));
        task.archived = true;
        ObjectNode result = Json.object();
        result.put("extensionId", extension.id);
        result.put("firstUpload", firstUpload);
        return CrudReply.ok(Json.success("result", result));
    }

    private static List<String> texts(JsonNode array, String fallback) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        if (values.isEmpty() && fallback != null) {
            values.add(fallback);
        }
        return values;
    }
}
