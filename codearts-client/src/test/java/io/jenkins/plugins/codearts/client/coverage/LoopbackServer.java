package io.jenkins.plugins.codearts.client.coverage;

import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real HTTP server on loopback (OkHttp MockWebServer) for one test class, with a client aimed at it. Register it
 * with {@code @RegisterExtension static final LoopbackServer loopback = new LoopbackServer();}.
 */
final class LoopbackServer implements BeforeAllCallback, AfterAllCallback {

    static final String ACCESS_KEY = "TESTACCESSKEY";

    private MockWebServer server;
    private CodeArtsClient client;

    /**
     * The client the coverage tests talk through: Pipeline and IDE endpoints on {@code server}, test AK/SK, and no
     * retries, so every request a test expects is the only one sent.
     */
    static CodeArtsClient clientFor(MockWebServer server) {
        String url = server.url("/").toString();
        return CodeArtsClient.create(CodeArtsConfig.builder()
                .region("cn-north-4")
                .credentials(AkSkCredentials.of(ACCESS_KEY, "test-secret-key"))
                .pipelineEndpoint(url)
                .ideEndpoint(url)
                .retryPolicy(RetryPolicy.none())
                .build());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
        client = clientFor(server);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        client.close();
        server.shutdown();
    }

    MockWebServer server() {
        return server;
    }

    CodeArtsClient client() {
        return client;
    }
}
