package io.jenkins.plugins.codearts.client.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a typed model with the JSON the emulator sent for it. Both sides were written independently from the
 * same documents, so every field the emulator sends with a value must survive the trip through the typed model:
 * a field the model does not know (a misspelled {@code @JsonProperty}), a value it cannot hold, or a status that
 * falls back to {@code UNKNOWN} shows up as a difference naming the JSON path.
 */
final class WireAgreement {

    private WireAgreement() {
    }

    static JsonNode parse(String json) {
        try {
            return CodeArtsJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code typed}, written back with the client's mapper, keeps every non-null {@code wire} value. */
    static void assertCarriesEveryField(String what, JsonNode wire, Object typed) {
        JsonNode written = CodeArtsJson.mapper().valueToTree(typed);
        List<String> differences = new ArrayList<>();
        compare("$", wire, written, differences);
        assertThat(differences).as("%s: fields the emulator sent that the typed model lost or changed", what)
                .isEmpty();
    }

    /**
     * The other direction: every field the typed model declares ({@code @JsonProperty} of a record component) is
     * present in the emulator's JSON, possibly as null. A field missing here is one the client expects from the
     * documents but the emulator never sends (or a name the client invented). {@code allowedMissing} lists JSON
     * paths ({@code $.stages[].jobs[].resource}) whose absence was checked against the documents.
     */
    static void assertSendsEveryModelField(String what, JsonNode wire, Class<?> recordType, String... allowedMissing) {
        List<String> missing = new ArrayList<>();
        declared("$", wire, recordType, missing);
        missing.removeAll(List.of(allowedMissing));
        assertThat(missing).as("%s: fields of %s the emulator does not send", what, recordType.getSimpleName())
                .isEmpty();
    }

    private static void declared(String path, JsonNode wire, Class<?> type, List<String> missing) {
        if (wire == null || wire.isNull() || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            // @JsonProperty does not target record components; Java copies it to the accessor (and field).
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null || component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            String name = property.value();
            if (!wire.has(name)) {
                missing.add(path + "." + name);
                continue;
            }
            JsonNode value = wire.get(name);
            if (component.getType().isRecord()) {
                declared(path + "." + name, value, component.getType(), missing);
            } else if (List.class.isAssignableFrom(component.getType()) && value.isArray()
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                Set<String> itemMissing = new LinkedHashSet<>();
                for (JsonNode element : value) {
                    List<String> one = new ArrayList<>();
                    declared(path + "." + name + "[]", element, item, one);
                    itemMissing.addAll(one);
                }
                missing.addAll(itemMissing);
            }
        }
    }

    private static void compare(String path, JsonNode wire, JsonNode written, List<String> differences) {
        if (wire == null || wire.isNull() || wire.isMissingNode()) {
            return;
        }
        if (written == null || written.isNull() || written.isMissingNode()) {
            differences.add(path + " = " + abbreviate(wire) + " is missing from the typed model");
            return;
        }
        if (wire.isObject()) {
            if (!written.isObject()) {
                differences.add(path + " is an object on the wire but " + written.getNodeType() + " in the model");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = wire.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(path + "." + field.getKey(), field.getValue(), written.get(field.getKey()), differences);
            }
        } else if (wire.isArray()) {
            if (!written.isArray() || written.size() != wire.size()) {
                differences.add(path + " has " + wire.size() + " items on the wire but the model holds "
                        + abbreviate(written));
                return;
            }
            for (int i = 0; i < wire.size(); i++) {
                compare(path + "[" + i + "]", wire.get(i), written.get(i), differences);
            }
        } else if (!wire.asText().equals(written.asText())) {
            differences.add(path + " = " + abbreviate(wire) + " on the wire but " + abbreviate(written)
                    + " in the model");
        } else if (wire.getNodeType() != written.getNodeType()) {
            // Jackson coerces "30" into a Long quietly; a JSON type the model does not declare is still a mismatch.
            differences.add(path + " is a " + wire.getNodeType() + " on the wire but a " + written.getNodeType()
                    + " in the model");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
