package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Plugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Doc A §4.9.26 and §4.9.27: icon uploads for plug-ins and publishers. The image is kept by object key, so an
 * upload is observable, and the answer is its access path as bare text, as the examples show it.
 */
final class PluginIcons implements ResourceFamily {

    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private final PluginCatalog catalog;
    /** Uploaded icons by object key. */
    private final Map<String, byte[]> icons = new LinkedHashMap<>();

    PluginIcons(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<CrudRoute> routes() {
        String v1 = "/v1/{domain_id}";
        return Stream.of(
                new CrudRoute("uploadPluginIcon", "POST", v1 + "/common/upload-plugin-icon", this::uploadPluginIcon),
                new CrudRoute("uploadPublisherIcon", "POST", v1 + "/common/upload-publisher-icon", this::uploadPublisherIcon))
                .map(route -> route.lockedBy(catalog)).toList();
    }

    private String storeIcon(CrudRequest request, String iconType) {
        Multipart.FilePart file = request.multipart(STYLE).requireFile("upload_file");
        if (file.content().length == 0) {
            throw STYLE.invalid("form field 'upload_file' is an empty file; send the icon image (PNG, JPG or SVG)");
        }
        String objectKey = Json.newId() + extensionOf(file.fileName());
        icons.put(objectKey, file.content());
        return "/api/v1/" + request.pathParam("domain_id") + "/common/get-plugin-icon?object_key=" + objectKey
                + "&icon_type=" + iconType;
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }

    private CrudReply uploadPluginIcon(CrudRequest request) {
        String name = request.queryFields(STYLE).text("plugin_name");
        Plugin plugin = name == null || name.isEmpty() ? null : catalog.customPlugin("plugin_name", name);
        String path = storeIcon(request, "plugin");
        if (plugin != null) {
            plugin.info.put("icon_url", path);
        }
        return CrudReply.text(path);
    }

    private CrudReply uploadPublisherIcon(CrudRequest request) {
        String enName = request.queryFields(STYLE).text("publisher_en_name");
        ObjectNode publisher = null;
        if (enName != null && !enName.isEmpty()) {
            publisher = catalog.publishers.values().stream()
                    .filter(p -> p.path("en_name").asText().equals(enName) && p.path("is_delete").asInt() == 0)
                    .findFirst().orElseThrow(() -> STYLE.notFound("Publisher", "publisher_en_name", enName));
        }
        String path = storeIcon(request, "publish");
        if (publisher != null) {
            publisher.put("logo_url", path);
        }
        return CrudReply.text(path);
    }
}
