package io.jenkins.plugins.codearts.emulator.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a route answers: a status, extra headers and a body. The body is either a JSON value (a Jackson node, a
 * record/POJO, a Map, a boxed literal such as {@code Boolean.TRUE}) serialised by the shared ObjectMapper when sent,
 * or raw bytes with their own content type.
 */
public final class EmulatorResponse {

    public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Object jsonBody;
    private final byte[] rawBody;
    private final String contentType;

    private EmulatorResponse(int status, Object jsonBody, byte[] rawBody, String contentType) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100..599, was " + status);
        }
        this.status = status;
        this.jsonBody = jsonBody;
        this.rawBody = rawBody;
        this.contentType = contentType;
    }

    /** HTTP 200 with a JSON body. */
    public static EmulatorResponse ok(Object body) {
        return json(200, body);
    }

    /** Any status with a JSON body; {@code null} body means the JSON literal {@code null}. */
    public static EmulatorResponse json(int status, Object body) {
        return new EmulatorResponse(status, body == null ? JsonNodeFactory.instance.nullNode() : body, null, JSON_CONTENT_TYPE);
    }

    /** A bare JSON literal answer such as {@code true}, which several Pipeline endpoints return. */
    public static EmulatorResponse literal(boolean value) {
        return json(200, JsonNodeFactory.instance.booleanNode(value));
    }

    /** The documented error body {@code {"error_msg":..,"error_code":..}} with the given HTTP status. */
    public static EmulatorResponse error(int httpStatus, String errorCode, String errorMsg) {
        return json(httpStatus, errorBody(errorCode, errorMsg));
    }

    /** A business error: HTTP 200 carrying an error body, as the Pipeline error table documents for DEVPIPE codes. */
    public static EmulatorResponse businessError(String errorCode, String errorMsg) {
        return error(200, errorCode, errorMsg);
    }

    /** An error body node, for handlers that need to add fields (e.g. {@code pipeline_run_id} on queued runs). */
    public static ObjectNode errorBody(String errorCode, String errorMsg) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("error_msg", errorMsg);
        node.put("error_code", errorCode);
        return node;
    }

    /** Status with an empty body (e.g. 204). */
    public static EmulatorResponse empty(int status) {
        return new EmulatorResponse(status, null, new byte[0], null);
    }

    /** Raw bytes with an explicit content type (plain text, HTML). */
    public static EmulatorResponse raw(int status, String contentType, byte[] body) {
        return new EmulatorResponse(status, null, Objects.requireNonNull(body, "body"), contentType);
    }

    public static EmulatorResponse text(int status, String text) {
        return raw(status, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a response header; returns this for chaining. */
    public EmulatorResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The JSON value to serialise, or {@code null} when the body is raw bytes. */
    public Object jsonBody() {
        return jsonBody;
    }

    /** The raw body, or {@code null} when the body is JSON. */
    public byte[] rawBody() {
        return rawBody;
    }

    /** Content type of the body, {@code null} for an empty body. */
    public String contentType() {
        return contentType;
    }

    @Override
    public String toString() {
        return "EmulatorResponse[status=" + status + ", contentType=" + contentType + "]";
    }
}
