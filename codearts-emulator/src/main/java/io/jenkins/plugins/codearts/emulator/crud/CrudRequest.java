package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a CRUD handler sees of an HTTP request: already routed and authenticated by the emulator core.
 *
 * @param pathParams values of the template placeholders, URL-decoded
 * @param query      query parameters, URL-decoded, in arrival order
 * @param headers    request headers with lower-case names
 */
public record CrudRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
                          Map<String, String> headers, byte[] body) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** Query parameters as validating fields (the first value of each name). */
    public Fields queryFields(ErrorStyle style) {
        ObjectNode parameters = Json.object();
        query.forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        return Fields.query(parameters, style);
    }

    private JsonNode parsedBody(ErrorStyle style) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw style.invalid("request body is not valid JSON (" + e.getOriginalMessage()
                    + "); send a JSON document with Content-Type: application/json");
        }
    }

    /** A JSON object body; an empty body counts as {@code {}} (for endpoints whose fields are all optional). */
    public Fields bodyFields(ErrorStyle style) {
        JsonNode parsed = parsedBody(style);
        if (parsed == null || parsed.isNull()) {
            return Fields.body(Json.object(), style);
        }
        if (!parsed.isObject()) {
            throw style.invalid("request body must be a JSON object, got " + Fields.shown(parsed));
        }
        return Fields.body(parsed, style);
    }

    /** A bare JSON array body, as some Doc A endpoints take. */
    public ArrayNode arrayBody(ErrorStyle style, String description) {
        JsonNode parsed = parsedBody(style);
        if (parsed == null || !parsed.isArray()) {
            throw style.invalid("request body must be a bare JSON array of " + description + ", got "
                    + (parsed == null ? "an empty body" : Fields.shown(parsed)));
        }
        return (ArrayNode) parsed;
    }

    /** A multipart/form-data body. */
    public Multipart multipart(ErrorStyle style) {
        return Multipart.parse(header("content-type"), body == null ? new byte[0] : body, style);
    }
}
