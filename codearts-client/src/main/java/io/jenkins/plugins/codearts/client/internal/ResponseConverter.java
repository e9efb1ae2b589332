package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import java.io.IOException;

/** Maps a successful response's JSON tree to the operation's model type, naming the field that does not fit. */
final class ResponseConverter {

    private ResponseConverter() {
    }

    /** The body as {@code type}: null for {@code Void}, the tree itself for {@code JsonNode}. */
    static <T> T convert(Operation operation, ApiResponse response, JavaType type) {
        if (type.getRawClass() == Void.class) {
            return null;
        }
        if (type.getRawClass() == JsonNode.class) {
            @SuppressWarnings("unchecked")
            T tree = (T) response.body();
            return tree;
        }
        if (response.body().isNull() || response.body().isMissingNode()) {
            throw new CodeArtsBadResponseException(operation.name(), operation.name() + ": HTTP "
                    + response.httpStatus() + " came with an empty body where JSON was expected; check that the"
                    + " endpoint URL points at the CodeArts API", response.httpStatus(), response.requestId(), null);
        }
        try {
            return CodeArtsJson.mapper().readerFor(type).readValue(response.body());
        } catch (IOException e) {
            String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
            throw new CodeArtsBadResponseException(operation.name(), operation.name() + ": the response "
                    + (field.isEmpty() ? "body" : "field '" + field + "'") + " has an unexpected type or value ("
                    + Snippets.firstLine(e instanceof JsonProcessingException processing
                            ? processing.getOriginalMessage()
                            : e.getMessage())
                    + "); the API may have changed, please report it with the request id "
                    + response.requestId(), response.httpStatus(), response.requestId(), e);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
