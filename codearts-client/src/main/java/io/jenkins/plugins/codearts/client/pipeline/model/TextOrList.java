package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a field the document types as a string and the official SDK as a list of strings: a string as it is, a list
 * as its items joined with commas, null as null.
 */
final class TextOrList extends StdDeserializer<String> {

    TextOrList() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            JsonNode list = parser.readValueAsTree();
            for (JsonNode item : list) {
                if (!item.isNull()) {
                    items.add(item.asText());
                }
            }
            return String.join(",", items);
        }
        return parser.getValueAsString();
    }
}
