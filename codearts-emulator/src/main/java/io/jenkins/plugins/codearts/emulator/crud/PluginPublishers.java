package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.crud.PluginCatalog.Plugin;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Doc A §4.9: the publishers of extension plug-ins: created, listed, looked up and deleted (a publisher with bound
 * plug-ins stays).
 */
final class PluginPublishers implements ResourceFamily {

    private static final ErrorStyle STYLE = PluginCatalog.STYLE;

    private final PluginCatalog catalog;
    private final CrudEnvironment env;

    PluginPublishers(PluginCatalog catalog) {
        this.catalog = catalog;
        this.env = catalog.env;
    }

    @Override
    public List<CrudRoute> routes() {
        String v1 = "/v1/{domain_id}";
        return Stream.of(
                new CrudRoute("createPublisher", "POST", v1 + "/publisher/create", this::createPublisher),
                new CrudRoute("listPublishers", "GET", v1 + "/publisher/query-all", this::listPublishers),
                new CrudRoute("listAvailablePublishers", "GET", v1 + "/publisher/optional-publisher", this::availablePublishers),
                new CrudRoute("deletePublisher", "DELETE", v1 + "/publisher/delete", this::deletePublisher),
                new CrudRoute("showPublisherDetails", "POST", v1 + "/publisher/detail", this::publisherDetails))
                .map(route -> route.lockedBy(catalog)).toList();
    }

    private CrudReply createPublisher(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        String enName = body.text("en_name", name);
        if (!enName.matches("[A-Za-z0-9_-]{1,64}")) {
            throw STYLE.invalid("body field 'en_name' has value '" + enName + "'; use 1-64 letters, digits, '_' or '-'");
        }
        for (ObjectNode existing : catalog.publishers.values()) {
            if (existing.path("is_delete").asInt() == 0 && existing.path("en_name").asText().equals(enName)) {
                throw STYLE.invalid("body field 'en_name' has value '" + enName + "', which publisher '"
                        + existing.path("publisher_unique_id").asText() + "' already uses; choose another English name");
            }
        }
        String id = body.text("publisher_unique_id");
        if (id == null || id.isEmpty()) {
            id = Json.newId();
        } else if (catalog.publishers.containsKey(id)) {
            throw STYLE.invalid("body field 'publisher_unique_id' has value '" + id + "', which already exists; omit it to get a new id");
        }
        ObjectNode publisher = catalog.newPublisher(id, name, enName, body.text("description", ""), body.text("support_url", ""));
        publisher.put("logo_url", body.text("logo_url", ""));
        publisher.put("website", body.text("website", ""));
        publisher.put("source_url", body.text("source_url", ""));
        publisher.put("user_id", body.text("user_id", env.userId()));
        catalog.publishers.put(id, publisher);
        return CrudReply.okTrue();
    }

    private List<ObjectNode> livePublishers(String nameFilter) {
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode publisher : catalog.publishers.values()) {
            if (publisher.path("is_delete").asInt() == 0 && (TextFilter.keeps(nameFilter, publisher.path("name").asText())
                    || TextFilter.keeps(nameFilter, publisher.path("en_name").asText()))) {
                result.add(publisher);
            }
        }
        return result;
    }

    private CrudReply listPublishers(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        long[] window = Paging.offsetLimit(query, false, 10, 1000);
        List<ObjectNode> matches = livePublishers(query.text("name"));
        ObjectNode reply = PluginCatalog.pageHeader(window, matches.size());
        ArrayNode data = reply.putArray("data");
        Paging.window(matches, window[0], window[1]).forEach(p -> data.add(p.deepCopy()));
        return CrudReply.ok(reply);
    }

    private CrudReply availablePublishers(CrudRequest request) {
        ArrayNode array = Json.array();
        livePublishers(null).forEach(p -> array.add(p.deepCopy()));
        return CrudReply.ok(array);
    }

    private CrudReply deletePublisher(CrudRequest request) {
        String id = request.queryFields(STYLE).requireText("publisher_unique_id");
        ObjectNode publisher = catalog.publisher("publisher_unique_id", id);
        for (Plugin plugin : catalog.plugins.values()) {
            if (id.equals(plugin.publisherId)) {
                throw STYLE.invalid("publisher '" + id + "' still has plug-in '" + plugin.name
                        + "' bound to it; bind the plug-in to another publisher first");
            }
        }
        publisher.put("is_delete", 1);
        publisher.put("last_update_time", Json.spaced(env.now()));
        return CrudReply.okTrue();
    }

    private CrudReply publisherDetails(CrudRequest request) {
        ArrayNode ids = request.arrayBody(STYLE, "publisher ids, e.g. [\"7f1c6b0f12f94b3d9e37eee0b541d3ac\"]");
        ObjectNode map = Json.object();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isTextual()) {
                throw STYLE.invalid("body item [" + i + "] has value " + Fields.shown(id) + " but must be a publisher id string");
            }
            ObjectNode publisher = catalog.publishers.get(id.asText());
            if (publisher != null && publisher.path("is_delete").asInt() == 0) {
                map.set(id.asText(), publisher.deepCopy());
            }
        }
        ObjectNode reply = Json.object();
        reply.set("publisher_detail_map", map);
        return CrudReply.ok(reply);
    }
}
