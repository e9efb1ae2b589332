package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * A JSON answer. The body may be an object, an array, or a bare literal such as {@code true}; with
 * {@code plainText} a textual body is sent as bare text instead of a JSON string literal.
 */
public record CrudReply(int status, JsonNode body, boolean plainText) {

    public CrudReply(int status, JsonNode body) {
        this(status, body, false);
    }

    /**
     * A bare text answer, such as the icon uploads' access path (Doc A §4.9.26/§4.9.27 examples show the path
     * unquoted; the SDK reads it as the raw body text).
     */
    public static CrudReply text(String text) {
        return new CrudReply(200, com.fasterxml.jackson.databind.node.TextNode.valueOf(text), true);
    }

    public static CrudReply ok(JsonNode body) {
        return new CrudReply(200, body);
    }

    /** The bare {@code true} many Doc A plug-in endpoints answer with. */
    public static CrudReply okTrue() {
        return new CrudReply(200, BooleanNode.TRUE);
    }

    /** A documented business error answered with HTTP 200 (Doc A error table rows with status 200). */
    public static CrudReply businessError(String errorCode, String message) {
        return new CrudReply(200, Json.error(errorCode, message));
    }
}
