package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

/** JSON building blocks and the time and id formats the documents use. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode textArray(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    public static ArrayNode textArray(String... values) {
        ArrayNode array = array();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    public static ObjectNode error(String errorCode, String message) {
        ObjectNode body = object();
        body.put("error_msg", message);
        body.put("error_code", errorCode);
        return body;
    }

    /** The IDE Online envelope {@code {"<key>": payload, "status": "success"}}. */
    public static ObjectNode success(String key, JsonNode payload) {
        ObjectNode body = object();
        body.set(key, payload);
        body.put("status", "success");
        return body;
    }

    /** 32 lower-case hex characters, the id format of both documents. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Rule and policy times: {@code 2023-10-20T10:30:20} (UTC). */
    public static String isoLocal(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).format(ISO_LOCAL);
    }

    /** IDE Online and stage times: {@code 2023-10-20 10:30:20} (UTC). */
    public static String spaced(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).format(SPACED);
    }

    public static String toJson(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an in-memory JSON tree", e);
        }
    }
}
