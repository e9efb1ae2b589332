package io.jenkins.plugins.codearts.emulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw HTTP against an emulator: AK/SK-signed, token or anonymous, with JSON helpers. */
public final class EmulatorHttp {

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    public static final ObjectMapper JSON = new ObjectMapper();

    /** How requests authenticate. */
    public enum Mode { AKSK, TOKEN, NONE }

    /** A response: status, headers, body. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final DemoAccount demo;
    private Mode mode = Mode.AKSK;
    private String token;
    private String secretKeyOverride;
    private ZonedDateTime dateOverride;

    public EmulatorHttp(CodeArtsEmulator emulator) {
        this.baseUrl = emulator.baseUrl();
        this.demo = emulator.demo();
    }

    public EmulatorHttp mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    public EmulatorHttp token(String iamToken) {
        this.token = iamToken;
        this.mode = Mode.TOKEN;
        return this;
    }

    /** Sign with a wrong SK (to provoke signature failures). */
    public EmulatorHttp secretKey(String sk) {
        this.secretKeyOverride = sk;
        return this;
    }

    /** Sign with this X-Sdk-Date instead of now. */
    public EmulatorHttp sdkDate(ZonedDateTime date) {
        this.dateOverride = date;
        return this;
    }

    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public Reply post(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, json);
    }

    public Reply put(String pathAndQuery, String json) {
        return send("PUT", pathAndQuery, json);
    }

    public Reply delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    public Reply send(String method, String pathAndQuery, String json) {
        try {
            return sendOrThrow(method, pathAndQuery, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + pathAndQuery + " failed: " + e, e);
        }
    }

    /** As {@link #send} but lets I/O failures (resets, truncation) through. */
    public Reply sendOrThrow(String method, String pathAndQuery, String json) throws IOException {
        URI uri = URI.create(baseUrl + pathAndQuery);
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (json != null) {
            request.header("Content-Type", "application/json;charset=UTF-8");
        }
        if (mode == Mode.AKSK) {
            String date = (dateOverride != null ? dateOverride : ZonedDateTime.now(ZoneOffset.UTC)).format(SDK_DATE);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("host", uri.getRawAuthority());
            headers.put("x-sdk-date", date);
            headers.put("x-project-id", demo.iamProjectId());
            request.header("X-Sdk-Date", date).header("X-Project-Id", demo.iamProjectId());
            request.header("Authorization", TestSigner.authorization(demo.accessKey(),
                    secretKeyOverride != null ? secretKeyOverride : demo.secretKey(), method, uri, headers, body));
        } else if (mode == Mode.TOKEN) {
            request.header("X-Auth-Token", token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Logs in with the demo password and returns the X-Subject-Token. */
    public static String login(CodeArtsEmulator emulator) {
        DemoAccount demo = emulator.demo();
        String body = """
                {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s","domain":{"name":"%s"}}}},
                 "scope":{"project":{"name":"%s"}}}}""".formatted(demo.userName(), demo.password(), demo.domainName(), demo.region());
        Reply reply = new EmulatorHttp(emulator).mode(Mode.NONE).post("/v3/auth/tokens", body);
        if (reply.status() != 201) {
            throw new AssertionError("login failed: " + reply.status() + " " + reply.body());
        }
        return reply.header("X-Subject-Token");
    }
}
