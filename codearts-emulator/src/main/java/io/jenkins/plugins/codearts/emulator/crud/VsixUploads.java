package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.MarketplaceStore.Extension;
import io.jenkins.plugins.codearts.emulator.crud.MarketplaceStore.Publisher;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Doc B §4.6: new extensions and versions arrive as VSIX packages (a zip with {@code extension/package.json}),
 * either in one upload or in md5-checked chunks that are merged and checked against the whole file's size and
 * sha256. A package that passes its checks becomes an extension (or a new version) when its upload task is archived.
 */
final class VsixUploads implements ResourceFamily {

    private static final ErrorStyle STYLE = MarketplaceStore.STYLE;

    private final MarketplaceStore store;
    private final CrudEnvironment env;
    private final Map<String, UploadTask> tasks = new LinkedHashMap<>();

    VsixUploads(MarketplaceStore store) {
        this.store = store;
        this.env = store.env;
    }

    @Override
    public List<CrudRoute> routes() {
        return Stream.of(
                new CrudRoute("uploadMarketplacePlugin", "POST", "/v1/marketplace/file/plugin", this::uploadPlugin),
                new CrudRoute("publishExtension", "POST", "/v1/marketplace/extension/{task_id}/archiving", this::publish),
                new CrudRoute("showExtensionCheckResult", "GET", "/v1/marketplace/extension/{task_id}/status", this::checkResult),
                new CrudRoute("uploadFileChunk", "POST", "/v2/fileservice/file/upload", this::uploadChunk),
                // Doc B §4.6.16's example URL uses /v1 (⚠): accepted as well.
                new CrudRoute("uploadFileChunk.exampleV1", "POST", "/v1/fileservice/file/upload", this::uploadChunk))
                .map(route -> route.lockedBy(store)).toList();
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

    /** Reads extension/package.json from a VSIX and records the check results on the task. */
    private void check(UploadTask task) {
        task.errors.clear();
        task.manifest = null;
        try {
            task.manifest = ZipJson.firstObject(task.content,
                    name -> name.equals("extension/package.json") || name.equals("package.json"));
        } catch (ZipJson.UnreadableZipException unreadable) {
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
        boolean ownsPublisher = store.publishers.values().stream()
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

    private CrudReply uploadPlugin(CrudRequest request) {
        String official = request.queryFields(STYLE).requireText("official");
        if (!official.equals(MarketplaceStore.OFFICIAL_TARGET)) {
            throw STYLE.invalid("query parameter 'official' has value '" + official + "'; only '" + MarketplaceStore.OFFICIAL_TARGET + "' is supported");
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

    private CrudReply uploadChunk(CrudRequest request) {
        Multipart form = request.multipart(STYLE);
        Multipart.FilePart file = form.requireFile("file");
        Fields fields = form.fields();
        long index = fields.inRange("chunk_index", fields.requireLong("chunk_index"), 1, 100);
        boolean merge = fields.requireBool("merge");
        // Doc B table 4-269 names it total_chunk_number; the SDK sends total_chunk_num. Either is accepted.
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
            store.myPublisher("publisher_id", publisherId);
        }
        String actualMd5 = Digests.hex("MD5", file.content());
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
        if (parentSha256 != null && !parentSha256.isBlank() && !Digests.hex("SHA-256", content).equalsIgnoreCase(parentSha256)) {
            throw STYLE.invalid("form field 'parent_file_sha256' does not match the merged file; send the hex SHA-256 of the whole file");
        }
        task.content = content;
        check(task);
    }

    private UploadTask task(CrudRequest request) {
        String id = request.pathParam("task_id");
        UploadTask task = tasks.get(id);
        if (task == null) {
            throw STYLE.notFound("Upload task", "task_id", id);
        }
        return task;
    }

    private String versionCompare(UploadTask task) {
        if (task.manifest == null) {
            return "NULL_VERSION";
        }
        Extension existing = store.existingFor(task.manifest);
        if (existing == null) {
            return "NULL_VERSION";
        }
        String latest = existing.versions.get(existing.versions.size() - 1).path("version").asText();
        int order = PluginCatalog.compareVersions(task.manifest.path("version").asText(), latest);
        return order > 0 ? "GREATER" : order == 0 ? "EQUAL" : "LESS";
    }

    private CrudReply checkResult(CrudRequest request) {
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
            store.publishers.values().stream().filter(p -> p.identifier().equals(publisherName)).findFirst().ifPresent(p -> {
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

    private CrudReply publish(CrudRequest request) {
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
        Extension extension = store.existingFor(manifest);
        boolean firstUpload = extension == null;
        if (firstUpload) {
            String publisherName = manifest.path("publisher").asText();
            Publisher publisher = store.publishers.values().stream().filter(p -> p.identifier().equals(publisherName)).findFirst()
                    .orElseThrow();
            extension = new Extension(UUID.randomUUID().toString(), publisher, manifest.path("name").asText(), now);
            extension.categories = texts(manifest.path("categories"), "Other");
            extension.tags = texts(manifest.path("keywords"), null);
            store.extensions.put(extension.id, extension);
        } else {
            String latest = extension.versions.get(extension.versions.size() - 1).path("version").asText();
            if (PluginCatalog.compareVersions(version, latest) <= 0) {
                throw STYLE.invalid("version " + version + " of " + extension.identifier() + " is not newer than the published "
                        + latest + "; raise \"version\" in package.json");
            }
        }
        extension.displayName = displayName;
        extension.description = description;
        extension.lastUpdated = now;
        extension.versions.add(MarketplaceStore.versionNode(version, displayName, description, now, task.manifest,
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
