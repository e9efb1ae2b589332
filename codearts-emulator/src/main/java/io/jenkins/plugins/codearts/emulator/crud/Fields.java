package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Typed, validating access to a JSON object (a request body, a nested object, or query parameters turned into
 * text nodes). Every failure names the field with its full path, the value received and what to send instead.
 */
public final class Fields {

    private final JsonNode node;
    private final String prefix;
    private final String kind;
    private final ErrorStyle style;

    private Fields(JsonNode node, String prefix, String kind, ErrorStyle style) {
        this.node = node;
        this.prefix = prefix;
        this.kind = kind;
        this.style = style;
    }

    public static Fields body(JsonNode node, ErrorStyle style) {
        return new Fields(node, "", "body field", style);
    }

    public static Fields form(ObjectNode parameters, ErrorStyle style) {
        return new Fields(parameters, "", "form field", style);
    }

    public static Fields query(ObjectNode parameters, ErrorStyle style) {
        return new Fields(parameters, "", "query parameter", style);
    }

    public JsonNode node() {
        return node;
    }

    public ErrorStyle style() {
        return style;
    }

    /** The full name of a field, e.g. {@code content[0].properties[1].key}. */
    public String name(String field) {
        return prefix + field;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private JsonNode raw(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private CrudException wrongType(String field, JsonNode value, String expected) {
        return style.invalid(kind + " '" + name(field) + "' has value " + shown(value) + " but must be " + expected);
    }

    private CrudException missing(String field, String expected) {
        return style.invalid(kind + " '" + name(field) + "' is mandatory: send " + expected);
    }

    static String shown(JsonNode value) {
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** Optional string; numbers and booleans are accepted and turned into text. */
    public String text(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        throw wrongType(field, value, "a string");
    }

    /** The first present spelling, for fields the documents spell two ways (⚠ in the inventory). */
    public String textAny(String... spellings) {
        for (String spelling : spellings) {
            String value = text(spelling);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public String text(String field, String fallback) {
        String value = text(field);
        return value == null ? fallback : value;
    }

    /** Mandatory non-blank string. */
    public String requireText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw missing(field, "a non-empty string");
        }
        return value;
    }

    /** Mandatory string accepted under either spelling; the error names the table's spelling (the first one). */
    public String requireTextAny(String... spellings) {
        String value = textAny(spellings);
        if (value == null || value.isBlank()) {
            throw missing(spellings[0], "a non-empty string");
        }
        return value;
    }

    public String enumText(String field, String... allowed) {
        String value = text(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return checkEnum(field, value, allowed);
    }

    public String requireEnum(String field, String... allowed) {
        String value = text(field);
        if (value == null || value.isEmpty()) {
            throw missing(field, "one of " + Arrays.toString(allowed));
        }
        return checkEnum(field, value, allowed);
    }

    private String checkEnum(String field, String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return candidate;
            }
        }
        throw style.invalid(kind + " '" + name(field) + "' has value '" + value + "'; use one of " + Arrays.toString(allowed));
    }

    /** Optional boolean; the strings "true"/"false" are accepted, the empty string counts as absent. */
    public Boolean bool(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return null;
            }
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw wrongType(field, value, "true or false");
    }

    public boolean bool(String field, boolean fallback) {
        Boolean value = bool(field);
        return value == null ? fallback : value;
    }

    public boolean requireBool(String field) {
        Boolean value = bool(field);
        if (value == null) {
            throw missing(field, "true or false");
        }
        return value;
    }

    /** Optional integer; numeric strings are accepted (several documents type numbers as strings). */
    public Long longValue(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw wrongType(field, value, "a whole number");
            }
        }
        throw wrongType(field, value, "a whole number");
    }

    public long longValue(String field, long fallback) {
        Long value = longValue(field);
        return value == null ? fallback : value;
    }

    public long requireLong(String field) {
        Long value = longValue(field);
        if (value == null) {
            throw missing(field, "a whole number");
        }
        return value;
    }

    /** Checks {@code min <= value <= max} and names the range in the error. */
    public long inRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw style.invalid(kind + " '" + name(field) + "' has value " + value + "; use a number from " + min + " to " + max);
        }
        return value;
    }

    public ArrayNode array(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            return (ArrayNode) value;
        }
        throw wrongType(field, value, "a JSON array");
    }

    public ArrayNode requireArray(String field) {
        ArrayNode value = array(field);
        if (value == null) {
            throw missing(field, "a JSON array");
        }
        return value;
    }

    public ObjectNode object(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            return (ObjectNode) value;
        }
        throw wrongType(field, value, "a JSON object");
    }

    public ObjectNode requireObject(String field) {
        ObjectNode value = object(field);
        if (value == null) {
            throw missing(field, "a JSON object");
        }
        return value;
    }

    /** The nested object as fields, or null when absent. */
    public Fields child(String field) {
        ObjectNode value = object(field);
        return value == null ? null : new Fields(value, name(field) + ".", kind, style);
    }

    public Fields requireChild(String field) {
        return new Fields(requireObject(field), name(field) + ".", kind, style);
    }

    /** Each element of an array of objects, named {@code field[i].}; an absent array gives an empty list. */
    public List<Fields> objects(String field) {
        ArrayNode array = array(field);
        List<Fields> items = new ArrayList<>();
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                throw style.invalid(kind + " '" + name(field) + "[" + i + "]' has value " + shown(element) + " but must be a JSON object");
            }
            items.add(new Fields(element, name(field) + "[" + i + "].", kind, style));
        }
        return items;
    }

    /** An array of strings; absent gives an empty list. */
    public List<String> texts(String field) {
        ArrayNode array = array(field);
        List<String> items = new ArrayList<>();
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isValueNode() || element.isNull()) {
                throw style.invalid(kind + " '" + name(field) + "[" + i + "]' has value " + shown(element) + " but must be a string");
            }
            items.add(element.asText());
        }
        return items;
    }
}
