package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.internal.AkSkSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real HTTP server on loopback (OkHttp MockWebServer) with a client pointed at it: AK/SK credentials, a fixed
 * clock, and fast retries.
 */
public abstract class MockServerSupport {

    protected static final String AK = "HPUAEXAMPLEAK1234567";
    protected static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";
    protected static final String IAM_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    protected static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    protected static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
            .initialDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build();

    protected MockWebServer server;
    protected CodeArtsClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = CodeArtsClient.create(config().build());
    }

    @AfterEach
    void stopServer() throws IOException {
        client.close();
        server.shutdown();
    }

    protected String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    protected CodeArtsConfig.Builder config() {
        return CodeArtsConfig.builder()
                .region("cn-north-4")
                .credentials(AkSkCredentials.of(AK, SK))
                .iamProjectId(IAM_PROJECT_ID)
                .pipelineEndpoint(baseUrl())
                .ideEndpoint(baseUrl())
                .iamEndpoint(baseUrl())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(FAST_RETRIES);
    }

    protected void respond(int status, String body) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    protected void respondWithResource(String resource) {
        respond(200, resource(resource));
    }

    protected static String resource(String path) {
        try (InputStream in = MockServerSupport.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /wire/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource under {@code /wire/} (a document example) read as the given model type. */
    protected static <T> T read(String path, Class<T> type) throws IOException {
        return CodeArtsJson.mapper().readValue(resource(path), type);
    }

    protected static JsonNode json(String text) {
        try {
            return CodeArtsJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    /**
     * Takes the next request and checks it as {@link #assertRequest} does, and that it is signed with AK/SK as
     * {@link #assertSignedWithAkSk} does; returns it for further checks.
     */
    protected RecordedRequest takeSigned(String method, String pathAndQuery, String expectedJsonBody)
            throws InterruptedException {
        RecordedRequest request = take();
        assertRequest(request, method, pathAndQuery, expectedJsonBody);
        assertSignedWithAkSk(request);
        return request;
    }

    /** Method, path (with query) and, when given, the JSON body. */
    protected static void assertRequest(RecordedRequest request, String method, String pathAndQuery,
            String expectedJsonBody) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getPath()).isEqualTo(pathAndQuery);
        String body = request.getBody().clone().readUtf8();
        if (expectedJsonBody == null) {
            assertThat(body).as("request body").isEmpty();
        } else {
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(json(body)).as("request body").isEqualTo(json(expectedJsonBody));
        }
    }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "SDK-HMAC-SHA256 Access=(\\w+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    /**
     * The request carries {@code X-Sdk-Date}, {@code X-Project-Id} and an {@code Authorization} header whose
     * signature matches the request exactly as the server received it (host with port, encoded path, query, body).
     */
    protected static void assertSignedWithAkSk(RecordedRequest request) {
        assertThat(request.getHeader("X-Sdk-Date")).isEqualTo("20240102T030405Z");
        assertThat(request.getHeader("X-Project-Id")).isEqualTo(IAM_PROJECT_ID);
        assertThat(request.getHeader("X-Auth-Token")).isNull();
        assertThat(request.getHeader("User-Agent")).startsWith("huaweicloud-codearts/");
        String authorization = request.getHeader("Authorization");
        Matcher matcher = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
        assertThat(matcher.matches()).as("Authorization format: %s", authorization).isTrue();
        assertThat(matcher.group(1)).isEqualTo(AK);
        assertThat(matcher.group(2)).isEqualTo("host;x-project-id;x-sdk-date");
        List<Map.Entry<String, String>> signedHeaders = new ArrayList<>();
        for (String name : matcher.group(2).split(";")) {
            if (!name.equals("host")) {
                signedHeaders.add(Map.entry(name, request.getHeader(name)));
            }
        }
        assertThat(request.getHeader("Host")).isEqualTo(AkSkSigner.hostHeader(request.getRequestUrl()));
        String recomputed = AkSkSigner.authorization(request.getMethod(), request.getRequestUrl(), signedHeaders,
                AkSkSigner.sha256Hex(request.getBody().clone().readByteArray()), AK, SK);
        assertThat(authorization).as("signature over the request as received").isEqualTo(recomputed);
    }
}
