package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/** A JSON answer. The body may be an object, an array, or a bare literal such as {@code true}. */
public record CrudReply(int status, JsonNode body) {

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
