package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsOutcomeUnknownException;
import io.jenkins.plugins.codearts.client.CodeArtsServerException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.client.RetryEvent;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is retried, how long the client waits, and what is never sent twice. */
class RetryWireTest extends MockServerSupport {

    private static final String DETAIL = "{\"id\":\"r1\",\"status\":\"RUNNING\"}";
    private final List<RetryEvent> events = new CopyOnWriteArrayList<>();
    /** The waits the client asked for; none is slept for real. */
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    protected CodeArtsConfig.Builder config() {
        return super.config().retryListener(events::add).sleeper(sleeps::add);
    }

    private PipelineRunStatus showDetail() {
        return client.pipeline().pipelines().showPipelineRunDetail("p", "q", "r1").status();
    }

    private String runPipeline() {
        return client.pipeline().pipelines().runPipeline("p", "q", RunPipelineRequest.defaults()).pipelineRunId();
    }

    @Test
    void honoursRetryAfterSecondsOn429() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
                .setBody("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The throttling threshold has been reached\"}"));
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo("showPipelineRunDetail");
            assertThat(event.failedAttempt()).isEqualTo(1);
            assertThat(event.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(event.delay()).isEqualTo(Duration.ofSeconds(1));
            assertThat(event.httpStatus()).isEqualTo(429);
            assertThat(event.errorCode()).isEqualTo("APIGW.0308");
        });
    }

    @Test
    void readsRetryAfterAsAnHttpDateAndCapsTheWait() {
        client.close();
        client = CodeArtsClient.create(config().retryPolicy(FAST_RETRIES.toBuilder()
                .maxRetryAfter(Duration.ofMillis(30)).build()).build());
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(120).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", inTwoMinutes));
        respond(200, DETAIL);

        showDetail();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.retryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(event.delay()).isEqualTo(Duration.ofMillis(30));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void retriesGatewayErrorsForReads(int status) {
        respond(status, "{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Backend unavailable\"}");
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.reason()).isEqualTo("HTTP " + status));
    }

    @ParameterizedTest
    @CsvSource({"200, DEVPIPE.00011127, System busy", "500, COCT.0070003, Frequent access", "500, DEVCP.00020500, Network busy"})
    void retriesTheDocumentedBusyCodes(int status, String code, String message) {
        respond(status, "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}");
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.errorCode()).isEqualTo(code));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheThrottlingError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
                    .setBody("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"throttled\"}"));
        }

        assertThatThrownBy(this::showDetail)
                .isInstanceOfSatisfying(CodeArtsThrottledException.class, error -> {
                    assertThat(error.retryAfter()).contains(Duration.ZERO);
                    assertThat(error.errorCode()).isEqualTo("APIGW.0308");
                })
                .hasMessageContaining("wait");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(events).hasSize(2);
    }

    @Test
    void doesNotRetryClientErrors() {
        respond(400, "{\"error_code\":\"DEVCP.00014004\",\"error_msg\":\"Invalid parameter\"}");

        assertThatThrownBy(this::showDetail).isExactlyInstanceOf(CodeArtsApiException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events).isEmpty();
    }

    @Test
    void retriesASafeDecisionLikePassingAReview() {
        respond(503, "");
        respond(200, "{\"success\":true}");

        assertThat(client.pipeline().pipelines().passManualReview("p", "q", "r", "j", "s")).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void neverRepeatsRunPipelineOnceTheServerAnswered(int status) {
        respond(status, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"busy\"}");
        respond(200, "{\"pipeline_run_id\":\"second-run\"}");

        assertThatThrownBy(this::runPipeline).isInstanceOf(CodeArtsApiException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events).isEmpty();
    }

    @Test
    void reportsAnUnknownOutcomeWhenTheConnectionDropsAfterRunPipelineWasSent() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        respond(200, "{\"pipeline_run_id\":\"second-run\"}");

        assertThatThrownBy(this::runPipeline)
                .isInstanceOfSatisfying(CodeArtsOutcomeUnknownException.class,
                        error -> assertThat(error.requestMayHaveReachedServer()).isTrue())
                .hasMessageContaining("runPipeline")
                .hasMessageContaining("may or may not have acted on it")
                .hasMessageContaining("listPipelineRuns");
        assertThat(server.getRequestCount()).as("runPipeline sent once").isEqualTo(1);
    }

    @Test
    void retriesAReadAfterTheConnectionDropped() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.reason()).isEqualTo("connection failed"));
    }

    @Test
    void retriesAReadAfterAReadTimeout() {
        client.close();
        client = CodeArtsClient.create(config().readTimeout(Duration.ofMillis(300)).build());
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesEvenRunPipelineWhenTheConnectionWasRefusedBeforeSending() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        client.close();
        client = CodeArtsClient.create(config().pipelineEndpoint("http://127.0.0.1:" + closedPort).build());

        assertThatThrownBy(this::runPipeline)
                .isInstanceOfSatisfying(CodeArtsTransportException.class,
                        error -> assertThat(error.requestMayHaveReachedServer()).isFalse())
                .isNotInstanceOf(CodeArtsOutcomeUnknownException.class)
                .hasMessageContaining("cannot connect to http://127.0.0.1:" + closedPort)
                .hasMessageContaining("Check the endpoint URL");
        assertThat(events).hasSize(2).allSatisfy(event ->
                assertThat(event.reason()).isEqualTo("connection failed before the request was sent"));
    }

    @Test
    void aFailingListenerDoesNotBreakTheCall() {
        client.close();
        client = CodeArtsClient.create(config().retryListener(event -> {
            throw new IllegalStateException("listener bug");
        }).build());
        respond(503, "");
        respond(200, DETAIL);

        assertThat(showDetail()).isEqualTo(PipelineRunStatus.RUNNING);
    }

    @Test
    void noRetryPolicySendsOnce() {
        client.close();
        client = CodeArtsClient.create(config().retryPolicy(RetryPolicy.none()).build());
        respond(503, "");

        assertThatThrownBy(this::showDetail).isInstanceOf(CodeArtsServerException.class)
                .hasMessageContaining("showPipelineRunDetail failed: HTTP 503");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void backoffGrowsAndStaysWithinTheCap() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(500))
                .multiplier(2).jitter(0.5).build();
        for (int retry = 1; retry <= 6; retry++) {
            long full = Math.min(500, 100L << (retry - 1));
            for (int sample = 0; sample < 50; sample++) {
                assertThat(policy.delayBeforeRetry(retry, null).toMillis()).isBetween(full / 2, full);
            }
        }
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBeforeRetry(1, Duration.ofMinutes(10))).isEqualTo(policy.maxRetryAfter());
    }
}
