package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small JDK HTTP client for the tests: JSON and multipart calls to the emulator over loopback. */
final class CrudHttp {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: status, body text and, when the body is JSON, its tree. */
    record Reply(int status, String text, JsonNode json, String subjectToken) {
        String errorCode() {
            return json == null ? null : json.path("error_code").asText(null);
        }

        String errorMsg() {
            return json == null ? null : json.path("error_msg").asText(null);
        }

        /** Never prints the token. */
        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    CrudHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Reply call(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8);
        HttpRequest.Builder request = base(pathAndQuery).method(method, body);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json;charset=UTF-8");
        }
        return send(request.build());
    }

    Reply get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    Reply post(String pathAndQuery, String jsonBody) {
        return call("POST", pathAndQuery, jsonBody);
    }

    Reply put(String pathAndQuery, String jsonBody) {
        return call("PUT", pathAndQuery, jsonBody);
    }

    Reply delete(String pathAndQuery) {
        return call("DELETE", pathAndQuery, null);
    }

    /** A multipart/form-data POST with text fields and one file part. */
    Reply upload(String pathAndQuery, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "crud-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = base(pathAndQuery)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request);
    }

    private HttpRequest.Builder base(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("X-Auth-Token", token);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            try {
                json = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
            } catch (IOException notJson) {
                // Leave json null; the test sees the text.
            }
            return new Reply(response.statusCode(), response.body(), json,
                    response.headers().firstValue("X-Subject-Token").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
