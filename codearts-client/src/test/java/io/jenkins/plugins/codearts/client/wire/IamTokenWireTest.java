package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsIdentity;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Password credentials: the IAM token call, token caching across threads, refresh before expiry and on 401. */
class IamTokenWireTest extends MockServerSupport {

    private static final String PASSWORD = "S3cret-Passw0rd!";
    private static final String PROJECT_ID = "05ee24b5c00025f42f7ec01de2ba9fbb";
    private static final String DOMAIN_ID = "ce8df55870164338a72d7e828a966a2a";

    /** A clock tests can move forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Serves IAM tokens ("token-1", "token-2", ...) valid 24 h from the clock, and answers other paths. */
    final class FakeIam extends Dispatcher {
        final AtomicInteger tokensIssued = new AtomicInteger();
        final ConcurrentLinkedQueue<String> rejectedTokens = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<RecordedRequest> apiRequests = new ConcurrentLinkedQueue<>();
        volatile long tokenDelayMillis;
        volatile String apiBody = "{\"result\":{\"server_url\":\"u\",\"status\":\"RUNNING\"},\"status\":\"success\"}";
        private final MovableClock clock;

        FakeIam(MovableClock clock) {
            this.clock = clock;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getPath().equals("/v3/auth/tokens")) {
                Thread.sleep(tokenDelayMillis);
                int number = tokensIssued.incrementAndGet();
                return new MockResponse().setResponseCode(201).setHeader("X-Subject-Token", "token-" + number)
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"token\":{\"expires_at\":\"" + clock.instant().plus(Duration.ofHours(24))
                                + "\",\"methods\":[\"password\"],\"project\":{\"id\":\"" + PROJECT_ID
                                + "\",\"name\":\"cn-north-4\",\"domain\":{\"id\":\"" + DOMAIN_ID + "\"}},"
                                + "\"user\":{\"name\":\"jenkins\",\"domain\":{\"id\":\"" + DOMAIN_ID + "\"}}}}");
            }
            apiRequests.add(request);
            if (rejectedTokens.contains(request.getHeader("X-Auth-Token"))) {
                return new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                        .setBody("{\"error_code\":\"APIGW.0307\",\"error_msg\":\"The token must be updated.\"}");
            }
            return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                    .setBody(apiBody);
        }
    }

    private MovableClock clock;
    private FakeIam iam;

    private CodeArtsClient passwordClient() {
        clock = new MovableClock(NOW);
        iam = new FakeIam(clock);
        server.setDispatcher(iam);
        client.close();
        client = CodeArtsClient.create(config().iamProjectId(null).clock(clock)
                .credentials(PasswordCredentials.of("my-account", "jenkins", PASSWORD)).build());
        return client;
    }

    @Test
    void fetchesAProjectScopedTokenAndSendsItInsteadOfASignature() throws Exception {
        passwordClient().ide().instances().showIdeInstanceStatus("abc");

        RecordedRequest tokenRequest = take();
        assertRequest(tokenRequest, "POST", "/v3/auth/tokens", "{\"auth\":{\"identity\":{\"methods\":[\"password\"],"
                + "\"password\":{\"user\":{\"name\":\"jenkins\",\"password\":\"" + PASSWORD + "\","
                + "\"domain\":{\"name\":\"my-account\"}}}},\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}}}");
        assertThat(tokenRequest.getHeader("Authorization")).isNull();
        RecordedRequest apiRequest = take();
        assertThat(apiRequest.getPath()).isEqualTo("/v2/instances/abc/status");
        assertThat(apiRequest.getHeader("X-Auth-Token")).isEqualTo("token-1");
        assertThat(apiRequest.getHeader("Authorization")).isNull();
        assertThat(apiRequest.getHeader("X-Sdk-Date")).isNull();
    }

    @Test
    void scopesTheTokenByProjectIdWhenOneIsConfigured() throws Exception {
        passwordClient();
        client.close();
        client = CodeArtsClient.create(config().clock(clock)
                .credentials(PasswordCredentials.of("my-account", "jenkins", PASSWORD)).build());

        client.ide().instances().showIdeInstanceStatus("abc");

        assertThat(take().getBody().readUtf8()).contains("\"scope\":{\"project\":{\"id\":\"" + IAM_PROJECT_ID + "\"}}");
    }

    @Test
    void exposesTheProjectAndDomainIdsOfTheTokenBody() {
        CodeArtsIdentity identity = passwordClient().identity();

        assertThat(identity.iamProjectId()).isEqualTo(PROJECT_ID);
        assertThat(identity.domainId()).isEqualTo(DOMAIN_ID);
    }

    @Test
    void createIdeInstanceUsesTheTokensDomainIdAsOrgId() throws Exception {
        passwordClient();
        iam.apiBody = "{\"result\":{\"id\":\"mpdrao\",\"link\":\"l\",\"arch\":\"x86\",\"private\":false},\"status\":\"success\"}";

        client.ide().instances().createIdeInstance(
                io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest.of("testjava", "java", "2U4G",
                        "5GB", "30"));

        assertThat(iam.apiRequests).singleElement()
                .satisfies(request -> assertThat(request.getPath()).isEqualTo("/v2/" + DOMAIN_ID + "/instances"));
    }

    @Test
    void oneTokenIsSharedByConcurrentCallers() throws Exception {
        passwordClient();
        iam.tokenDelayMillis = 300; // long enough for every thread to ask while the first fetch is under way
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IdeRuntimeStatus>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.ide().instances().showIdeInstanceStatus("abc").status();
                }));
            }
            start.countDown();
            for (Future<IdeRuntimeStatus> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(IdeRuntimeStatus.RUNNING);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(iam.tokensIssued.get()).as("token fetches").isEqualTo(1);
        assertThat(iam.apiRequests).hasSize(threads)
                .allSatisfy(request -> assertThat(request.getHeader("X-Auth-Token")).isEqualTo("token-1"));
    }

    @Test
    void replacesTheTokenOnlyWithinTheRefreshMarginOfItsExpiry() throws Exception {
        passwordClient();
        client.ide().instances().showIdeInstanceStatus("abc");
        clock.advance(Duration.ofHours(22)); // 2 h left: more than the 1 h margin
        client.ide().instances().showIdeInstanceStatus("abc");
        assertThat(iam.tokensIssued.get()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(61)); // 59 min left: inside the margin
        client.ide().instances().showIdeInstanceStatus("abc");

        assertThat(iam.tokensIssued.get()).isEqualTo(2);
        assertThat(iam.apiRequests).extracting(request -> request.getHeader("X-Auth-Token"))
                .containsExactly("token-1", "token-1", "token-2");
    }

    @Test
    void fetchesANewTokenOnceWhenTheServiceRejectsTheCachedOne() throws Exception {
        passwordClient();
        client.ide().instances().showIdeInstanceStatus("abc");
        iam.rejectedTokens.add("token-1");

        // runPipeline is not retry-safe, but a 401 means it was rejected before anything ran.
        iam.apiBody = "{\"pipeline_run_id\":\"r1\"}";
        String runId = client.pipeline().pipelines().runPipeline("p", "q", RunPipelineRequest.defaults()).pipelineRunId();

        assertThat(runId).isEqualTo("r1");
        assertThat(iam.tokensIssued.get()).isEqualTo(2);
        assertThat(iam.apiRequests).extracting(request -> request.getHeader("X-Auth-Token"))
                .containsExactly("token-1", "token-1", "token-2");
    }

    @Test
    void aSecond401AfterRefreshingIsReportedWithoutLooping() {
        passwordClient();
        iam.rejectedTokens.add("token-1");
        iam.rejectedTokens.add("token-2");

        assertThatThrownBy(() -> client.ide().instances().showIdeInstanceStatus("abc"))
                .isInstanceOf(CodeArtsAuthenticationException.class)
                .hasMessageContaining("HTTP 401 APIGW.0307")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("token-1", "token-2", PASSWORD));
        assertThat(iam.tokensIssued.get()).isEqualTo(2);
    }

    @Test
    void wrongPasswordIsAnAuthenticationErrorWithoutThePassword() {
        server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\","
                        + "\"title\":\"Unauthorized\"}}"));
        client.close();
        client = CodeArtsClient.create(config().credentials(PasswordCredentials.of("acct", "jenkins", PASSWORD)).build());

        assertThatThrownBy(() -> client.ide().instances().showIdeInstanceStatus("abc"))
                .isInstanceOf(CodeArtsAuthenticationException.class)
                .hasMessageStartingWith("createIamToken failed: HTTP 401: The username or password is wrong.")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain(PASSWORD));
    }

    @Test
    void aTokenResponseWithoutXSubjectTokenIsABadResponse() {
        server.enqueue(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                .setBody("{\"token\":{\"expires_at\":\"2030-01-01T00:00:00.000000Z\"}}"));
        client.close();
        client = CodeArtsClient.create(config().credentials(PasswordCredentials.of("acct", "jenkins", PASSWORD)).build());

        assertThatThrownBy(() -> client.ide().instances().showIdeInstanceStatus("abc"))
                .isInstanceOf(CodeArtsBadResponseException.class)
                .hasMessageContaining("X-Subject-Token")
                .hasMessageContaining("iamEndpoint");
    }

    @Test
    void theTokenNeverAppearsInToString() {
        assertThat(passwordClient().identity().toString()).doesNotContain("token-1");

        assertThat(client.config().toString()).doesNotContain(PASSWORD);
    }
}
