package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The IDE Online plug-in marketplace (Doc B §4.6, 16 endpoints): publishers, extensions with their versions, star
 * ratings and categories, shared by {@link MarketplaceQueries}, {@link MarketplaceFeedback} and {@link VsixUploads}.
 * Its monitor is their one lock ({@link CrudRoute#lockedBy}). Extensions are seeded; new ones arrive as VSIX uploads.
 */
final class MarketplaceStore {

    static final ErrorStyle STYLE = ErrorStyle.IDE;
    static final String TARGET = "CodeArts IDE Online";
    /** The only value Doc B §4.6.1 accepts for {@code official}. */
    static final String OFFICIAL_TARGET = "CodeArtsIDEOnline";

    final CrudEnvironment env;
    final Map<String, Publisher> publishers = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Map<Long, ObjectNode> stars = new LinkedHashMap<>();
    final ArrayNode categories = Json.array();
    private long nextNumericId = 300;

    record Publisher(String id, String identifier, String name, String email, boolean official, String ownerId,
                             String createdTime) {
    }

    static final class Extension {
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

    MarketplaceStore(CrudEnvironment env) {
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
     * ExtensionVersion (Doc B §4.6): the links come from package.json ({@code repository}, {@code homepage},
     * {@code bugs}) when the VSIX has them, else empty; {@code asset_size} is the VSIX size in bytes.
     */
    static ObjectNode versionNode(String version, String displayName, String description, String time,
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

    double averageStars(String extensionId) {
        return stars.values().stream().filter(star -> star.path("extension_id").asText().equals(extensionId))
                .mapToInt(star -> star.path("stars").asInt()).average().orElse(0);
    }

    static ObjectNode pageOf(List<? extends JsonNode> items, long offset, long limit) {
        ObjectNode page = Json.object();
        page.put("size", limit);
        page.put("total_items_count", items.size());
        page.put("items_before", offset);
        ArrayNode array = page.putArray("items");
        Paging.window(items, offset, limit).forEach(item -> array.add(item.deepCopy()));
        page.put("empty", array.isEmpty());
        return page;
    }

    Extension extension(String field, String id) {
        Extension extension = extensions.get(id);
        if (extension == null) {
            throw STYLE.notFound("Extension", field, id);
        }
        return extension;
    }

    long nextId() {
        return nextNumericId++;
    }

    Publisher myPublisher(String field, String id) {
        Publisher publisher = publishers.get(id);
        if (publisher == null || !publisher.ownerId().equals(env.userId())) {
            throw STYLE.notFound("Publisher", field, id);
        }
        return publisher;
    }

    Extension existingFor(ObjectNode manifest) {
        String identifier = manifest.path("publisher").asText() + "." + manifest.path("name").asText();
        return extensions.values().stream().filter(e -> e.identifier().equals(identifier)).findFirst().orElse(null);
    }
}
