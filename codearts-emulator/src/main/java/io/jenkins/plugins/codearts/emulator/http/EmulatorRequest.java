package io.jenkins.plugins.codearts.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One HTTP request as a route handler sees it. Immutable apart from lazily parsed views of the body. */
public final class EmulatorRequest {

    private final String method;
    private final String rawPath;
    private final String uri;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> queryParams;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final ObjectMapper mapper;
    private final String operationName;
    private final Service service;
    private final Principal principal;
    private JsonNode parsedJson;
    private List<MultipartPart> parsedParts;

    /** The caller the gateway authenticated (null for unauthenticated routes such as the IAM token call). */
    public record Principal(String userId, String userName, String domainId, String projectId, String accessKey) {
        @Override
        public String toString() {
            return "Principal[user=" + userName + ", domainId=" + domainId + ", projectId=" + projectId + "]";
        }
    }

    public EmulatorRequest(String method, String uri, String rawPath, Map<String, String> pathParams,
                           Map<String, List<String>> queryParams, Map<String, List<String>> headers, byte[] body,
                           ObjectMapper mapper, String operationName, Service service, Principal principal) {
        this.method = method;
        this.uri = uri;
        this.rawPath = rawPath;
        this.pathParams = Map.copyOf(pathParams);
        this.queryParams = Collections.unmodifiableMap(queryParams);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        this.headers = Collections.unmodifiableMap(caseInsensitive);
        this.body = body == null ? new byte[0] : body;
        this.mapper = mapper;
        this.operationName = operationName;
        this.service = service;
        this.principal = principal;
    }

    /** A copy carrying the authenticated caller. */
    public EmulatorRequest withPrincipal(Principal authenticated) {
        EmulatorRequest copy = new EmulatorRequest(method, uri, rawPath, pathParams, queryParams, headers, body, mapper,
                operationName, service, authenticated);
        copy.parsedJson = parsedJson;
        return copy;
    }

    public String method() {
        return method;
    }

    /** The undecoded path without the query string. */
    public String rawPath() {
        return rawPath;
    }

    /** The request target as received (path and query). */
    public String uri() {
        return uri;
    }

    public String operationName() {
        return operationName;
    }

    public Service service() {
        return service;
    }

    /** The authenticated caller, or {@code null} on unauthenticated routes. */
    public Principal principal() {
        return principal;
    }

    /** A decoded path parameter by its template name (without braces). */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("route has no path parameter '" + name + "'; it has " + pathParams.keySet());
        }
        return value;
    }

    public Map<String, String> pathParams() {
        return pathParams;
    }

    /** First value of a query parameter, or {@code null}. */
    public String query(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All values of a query parameter (empty list when absent). */
    public List<String> queryAll(String name) {
        return queryParams.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> queryParams() {
        return queryParams;
    }

    /**
     * An integer query parameter within bounds, or the default when absent.
     *
     * @throws ValidationException naming the parameter when it is not a number or out of range
     */
    public int queryInt(String name, int defaultValue, int min, int max) {
        String value = query(name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "query parameter '" + name + "' must be an integer, was '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new ValidationException(name, "query parameter '" + name + "' must be between " + min + " and " + max
                    + ", was " + parsed);
        }
        return parsed;
    }

    /** First value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** All headers, case-insensitive names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /**
     * The body as JSON.
     *
     * @throws ValidationException when the body is empty or not valid JSON (answered as the service's 400/406 error)
     */
    public JsonNode json() {
        if (parsedJson == null) {
            if (body.length == 0) {
                throw new ValidationException("body", "the request body is empty; send a JSON object with Content-Type: application/json");
            }
            try {
                parsedJson = mapper.readTree(body);
            } catch (JsonProcessingException e) {
                throw new ValidationException("body", "the request body is not valid JSON (" + e.getOriginalMessage()
                        + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            } catch (IOException e) {
                throw new ValidationException("body", "the request body could not be read: " + e.getMessage());
            }
            if (parsedJson == null) {
                parsedJson = MissingNode.getInstance();
            }
        }
        return parsedJson;
    }

    /** The body as JSON, or an empty object when there is no body (for endpoints whose body is optional). */
    public JsonNode jsonOrEmpty() {
        return body.length == 0 ? mapper.createObjectNode() : json();
    }

    /** The parts of a multipart/form-data body (empty when the request is not multipart). */
    public List<MultipartPart> parts() {
        if (parsedParts == null) {
            parsedParts = parseMultipart();
        }
        return parsedParts;
    }

    /** The first part with this form name, or {@code null}. */
    public MultipartPart part(String name) {
        for (MultipartPart part : parts()) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        return null;
    }

    private List<MultipartPart> parseMultipart() {
        String contentType = header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return List.of();
        }
        FullHttpRequest nettyRequest = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(method), uri,
                Unpooled.wrappedBuffer(body));
        headers.forEach((name, values) -> nettyRequest.headers().add(name, values));
        HttpPostMultipartRequestDecoder decoder = new HttpPostMultipartRequestDecoder(
                new DefaultHttpDataFactory(false), nettyRequest);
        try {
            List<MultipartPart> result = new ArrayList<>();
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof FileUpload upload) {
                    result.add(new MultipartPart(upload.getName(), upload.getFilename(), upload.getContentType(), upload.get()));
                } else if (data instanceof Attribute attribute) {
                    result.add(new MultipartPart(attribute.getName(), null, null, attribute.get()));
                }
            }
            return List.copyOf(result);
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("body", "the multipart/form-data body could not be parsed: " + e.getMessage());
        } finally {
            decoder.destroy();
            nettyRequest.release();
        }
    }

    @Override
    public String toString() {
        return "EmulatorRequest[" + method + " " + rawPath + ", operation=" + operationName + "]";
    }
}
