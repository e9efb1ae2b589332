package io.jenkins.plugins.codearts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the client against whatever OkHttp and Jackson are on the test classpath (see docs/client.md for the command
 * that swaps in OkHttp 5.x / Jackson 2.2x). It deliberately uses the JDK's own HTTP server, not MockWebServer,
 * whose coordinates differ between OkHttp 4 and 5.
 */
class CompatibilityTest {

    private static final String AK = "HPUAEXAMPLEAK1234567";
    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";

    record Received(String method, String uri, Map<String, List<String>> headers, byte[] body) {
        /** The JDK server normalises header name case, so look names up ignoring it. */
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger throttledOnce = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        String path = exchange.getRequestURI().getPath();
        int status = 200;
        String answer;
        if (path.equals("/v3/auth/tokens")) {
            exchange.getResponseHeaders().add("X-Subject-Token", "compat-token");
            status = 201;
            answer = "{\"token\":{\"expires_at\":\"2999-01-01T00:00:00.000000Z\",\"project\":{\"id\":\"proj\"},"
                    + "\"user\":{\"domain\":{\"id\":\"dom\"}}}}";
        } else if (path.endsWith("/pipeline-runs/detail")) {
            if (throttledOnce.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                status = 429;
                answer = "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"throttled\"}";
            } else {
                answer = "{\"id\":\"r1\",\"status\":\"RUNNING\",\"start_time\":1674207197000,\"surprise\":true,"
                        + "\"stages\":[{\"status\":\"NEW_STATE\",\"jobs\":[{\"id\":\"j\",\"steps\":[{\"id\":\"s\","
                        + "\"task\":\"official_devcloud_checkpoint\",\"status\":\"RUNNING\"}]}]}]}";
            }
        } else if (path.endsWith("/logs")) {
            answer = "{\"has_more\":true,\"start_offset\":\"0\",\"end_offset\":\"120\",\"log\":\"line 1\\nline 2\"}";
        } else if (path.endsWith("/run")) {
            answer = "{\"pipeline_run_id\":\"new-run\"}";
        } else {
            status = 404;
            answer = "{\"error_code\":\"DEVPIPE.0011401\",\"error_msg\":\"Pipeline does not exist\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Request-Id", "compat-req");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private CodeArtsConfig.Builder config() {
        return CodeArtsConfig.builder().region("cn-north-4").credentials(AkSkCredentials.of(AK, SK))
                .iamProjectId("0123456789abcdef0123456789abcdef")
                .pipelineEndpoint(baseUrl()).ideEndpoint(baseUrl()).iamEndpoint(baseUrl())
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(1))
                        .maxDelay(Duration.ofMillis(5)).build());
    }

    @Test
    void reportsTheLibraryVersionsUnderTest() throws Exception {
        String okhttp = (String) Class.forName("okhttp3.OkHttp").getField("VERSION").get(null);
        System.out.println("compat: OkHttp " + okhttp + ", Jackson " + PackageVersion.VERSION);
        assertThat(okhttp).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void signedCallsRetriesErrorsAndModelsWork() {
        try (CodeArtsClient client = CodeArtsClient.create(config().build())) {
            PipelineRunDetail detail = client.pipeline().pipelines().showPipelineRunDetail("p", "q", "r1");
            assertThat(detail.status()).isEqualTo(PipelineRunStatus.RUNNING);
            assertThat(detail.startTime()).isEqualTo(1674207197000L);
            assertThat(detail.stages().get(0).status().name()).isEqualTo("UNKNOWN");
            assertThat(detail.stages().get(0).jobs().get(0).steps().get(0).isManualReview()).isTrue();

            StepLogPage log = client.pipeline().pipelines().showStepLogs("p", "q", "r1", "j", "s",
                    StepLogRequest.forward(0, 500));
            assertThat(log.nextStartOffset()).isEqualTo(120L);
            assertThat(log.moreAvailable()).isTrue();

            assertThat(client.pipeline().pipelines().runPipeline("p", "q",
                    RunPipelineRequest.builder().variable("k", "v").build()).pipelineRunId()).isEqualTo("new-run");

            assertThatThrownBy(() -> client.pipeline().pipelines().deletePipeline("p", "missing"))
                    .isInstanceOf(CodeArtsNotFoundException.class).hasMessageContaining("request id compat-req");
        }
        List<Received> requests = new ArrayList<>(received);
        assertThat(requests).hasSize(5);
        for (Received request : requests) {
            assertThat(request.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=" + AK
                    + ", SignedHeaders=host;x-project-id;x-sdk-date, Signature=");
            assertThat(request.header("User-Agent")).matches("huaweicloud-codearts/\\d+\\.\\d+\\.\\d+.*");
            verifySignature(request);
        }
        assertThat(new String(requests.get(3).body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"variables\":[{\"name\":\"k\",\"value\":\"v\"}]}");
    }

    @Test
    void derivesFromASuppliedClientWithoutChangingIt() {
        OkHttpClient callers = new OkHttpClient.Builder()
                .readTimeout(1234, TimeUnit.MILLISECONDS)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("X-Caller", "jenkins").build()))
                .build();
        try (Transport transport = new Transport(config().httpConnector(OkHttpConnector.of(callers)).build());
                CodeArtsClient client = CodeArtsClient.create(transport.config())) {
            OkHttpClient derived = transport.httpClient();
            assertThat(derived.readTimeoutMillis()).as("caller's timeout kept").isEqualTo(1234);
            assertThat(derived.interceptors()).hasSize(3);
            assertThat(callers.interceptors()).as("caller's client untouched").hasSize(1);

            client.pipeline().pipelines().showStepLogs("p", "q", "r", "j", "s", StepLogRequest.forward(0, 10));
        }
        Received request = received.peek();
        assertThat(request.header("X-Caller")).isEqualTo("jenkins");
        assertThat(request.header("Authorization")).contains("SignedHeaders=host;x-caller;x-project-id;x-sdk-date");
        verifySignature(request);
        assertThat(callers.dispatcher().executorService().isShutdown()).as("caller's threads left alone").isFalse();
    }

    @Test
    void tokenAuthenticationWorks() {
        try (CodeArtsClient client = CodeArtsClient.create(config()
                .credentials(PasswordCredentials.of("acct", "user", "pw")).build())) {
            assertThat(client.identity().domainId()).isEqualTo("dom");
            client.pipeline().pipelines().showStepLogs("p", "q", "r", "j", "s", StepLogRequest.forward(0, 10));
        }
        assertThat(received).extracting(Received::uri).containsExactly("/v3/auth/tokens",
                "/v5/p/api/pipelines/q/pipeline-runs/r/jobs/j/steps/s/logs");
        assertThat(new ArrayList<>(received).get(1).header("X-Auth-Token")).isEqualTo("compat-token");
    }

    @Test
    void proxyAndTimeoutSettingsBuild() {
        try (Transport transport = new Transport(config().proxy("http://user:secret@proxy.example:3128")
                .connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4))
                .callTimeout(Duration.ofSeconds(5)).build())) {
            OkHttpClient derived = transport.httpClient();
            assertThat(derived.proxy().address().toString()).contains("proxy.example").contains("3128");
            assertThat(derived.connectTimeoutMillis()).isEqualTo(3000);
            assertThat(derived.readTimeoutMillis()).isEqualTo(4000);
            assertThat(derived.callTimeoutMillis()).isEqualTo(5000);
            assertThat(transport.config().toString()).doesNotContain(":secret@").contains("****@proxy.example");
        }
    }

    /** Recomputes the signature over the request as the server received it. */
    private static void verifySignature(Received request) {
        String authorization = request.header("Authorization");
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : signedHeaders.split(";")) {
            if (!name.equals("host")) {
                headers.add(Map.entry(name, request.header(name)));
            }
        }
        HttpUrl url = HttpUrl.parse("http://" + request.header("Host") + request.uri());
        assertThat(AkSkSigner.authorization(request.method(), url, headers, AkSkSigner.sha256Hex(request.body()), AK,
                SK)).isEqualTo(authorization);
    }
}
