package io.jenkins.plugins.codearts.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Mode;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection from Java and through the admin API. */
class FaultInjectionTest {

    private CodeArtsEmulator emulator;
    private EmulatorHttp http;
    private String listPath;

    @BeforeEach
    void start() {
        emulator = CodeArtsEmulator.builder().port(0).manualClock().build().start();
        http = new EmulatorHttp(emulator);
        listPath = "/v5/" + emulator.demo().projectId() + "/api/pipelines/list";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void throttlingFiresTheGivenNumberOfTimesWithRetryAfter() {
        emulator.faults().on("listPipelines").times(2).status(429).retryAfterSeconds(3);
        for (int i = 0; i < 2; i++) {
            Reply throttled = http.post(listPath, "{}");
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isEqualTo("3");
            assertThat(throttled.json().get("error_code").asText()).isEqualTo("APIGW.0308");
        }
        assertThat(http.post(listPath, "{}").status()).isEqualTo(200);
        assertThat(emulator.faults().rules()).isEmpty();
    }

    @Test
    void serverErrorsOnlyHitTheNamedOperation() {
        emulator.faults().on("listPipelines").once().status(503);
        emulator.faults().on("listIdeInstances").once().status(500);
        assertThat(http.get("/v2/instances").json().get("error_code").asText()).isEqualTo("IDE.00000100");
        Reply unavailable = http.post(listPath, "{}");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Retry-After")).isNull();
        emulator.faults().on("*").once().status(502);
        assertThat(http.get("/v2/instances").status()).isEqualTo(502);
        emulator.faults().on("listPipelines").once().status(504);
        assertThat(http.post(listPath, "{}").status()).isEqualTo(504);
    }

    @Test
    void businessErrorIsHttp200WithAnErrorBody() {
        emulator.faults().on("listPipelines").once().businessError("DEVPIPE.00011127", "System busy, retry later");
        Reply busy = http.post(listPath, "{}");
        assertThat(busy.status()).isEqualTo(200);
        assertThat(busy.json().get("error_code").asText()).isEqualTo("DEVPIPE.00011127");
    }

    @Test
    void delayHoldsTheAnswerBack() {
        emulator.faults().on("listPipelines").once().delay(Duration.ofMillis(400));
        long started = System.nanoTime();
        Reply slow = http.post(listPath, "{}");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.json().get("total").asInt()).isEqualTo(2);
        assertThat(tookMillis).isGreaterThanOrEqualTo(400);
    }

    @Test
    void resetAndTruncationBreakTheConnection() {
        emulator.faults().on("listPipelines").once().resetConnection();
        assertThatThrownBy(() -> http.sendOrThrow("POST", listPath, "{}")).isInstanceOf(IOException.class);
        emulator.faults().on("listPipelines").once().truncateBody();
        assertThatThrownBy(() -> http.sendOrThrow("POST", listPath, "{}")).isInstanceOf(IOException.class);
        assertThat(http.post(listPath, "{}").status()).isEqualTo(200);
    }

    @Test
    void truncatedBodyDeclaresTheFullLengthButSendsHalf() throws IOException {
        // Raw socket, so nothing between us and the bytes hides the short body. The token call itself is never faulted.
        String token = EmulatorHttp.login(emulator);
        emulator.faults().on("keystoneListProjects").once().truncateBody();
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v3/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            String response = new String(all, StandardCharsets.UTF_8);
            int headerEnd = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, headerEnd);
            int declared = Integer.parseInt(headers.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
            int received = all.length - (headerEnd + 4);
            assertThat(received).isLessThan(declared).isEqualTo(declared / 2);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Test
    void adminApiAddsListsAndRemovesRules() {
        EmulatorHttp admin = new EmulatorHttp(emulator).mode(Mode.NONE);
        Reply added = admin.post("/_emulator/faults",
                "{\"operation\":\"listPipelines\",\"kind\":\"status\",\"status\":429,\"retry_after_seconds\":2,\"times\":1}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        assertThat(admin.get("/_emulator/faults").json()).hasSize(1);
        Reply throttled = http.post(listPath, "{}");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("2");
        assertThat(admin.get("/_emulator/faults").json()).isEmpty();

        long second = admin.post("/_emulator/faults", "{\"operation\":\"listPipelines\",\"kind\":\"business_error\"}").json().get("id").asLong();
        assertThat(second).isGreaterThan(id);
        assertThat(http.post(listPath, "{}").json().get("error_code").asText()).isEqualTo("DEVPIPE.00011127");
        assertThat(admin.delete("/_emulator/faults/" + second).json()).isEmpty();
        assertThat(http.post(listPath, "{}").json().has("error_code")).isFalse();

        Reply unknownOperation = admin.post("/_emulator/faults", "{\"operation\":\"noSuchThing\",\"kind\":\"reset\"}");
        assertThat(unknownOperation.status()).isEqualTo(400);
        assertThat(unknownOperation.json().get("error_msg").asText()).contains("noSuchThing", "/_emulator/routes");
        Reply badKind = admin.post("/_emulator/faults", "{\"operation\":\"listPipelines\",\"kind\":\"explode\"}");
        assertThat(badKind.json().get("error_msg").asText()).contains("'kind' must be one of");
        assertThat(admin.get("/_emulator/faults").json()).isEmpty();

        admin.post("/_emulator/faults", "{\"operation\":\"*\",\"kind\":\"delay\",\"delay_ms\":1}");
        assertThat(admin.delete("/_emulator/faults").json()).isEmpty();
    }

    @Test
    void adminApiChangesSettingsAndMovesTheManualClock() {
        EmulatorHttp admin = new EmulatorHttp(emulator).mode(Mode.NONE);
        JsonNode settings = admin.put("/_emulator/settings", "{\"max_concurrent_runs_per_pipeline\":1,\"concurrency_mode\":\"REJECT\"}").json();
        assertThat(settings.get("max_concurrent_runs_per_pipeline").asInt()).isEqualTo(1);
        assertThat(emulator.settings().maxConcurrentRunsPerPipeline()).isEqualTo(1);
        Reply unknown = admin.put("/_emulator/settings", "{\"speed\":3}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error_msg").asText()).contains("unknown setting 'speed'");

        long before = emulator.clock().millis();
        JsonNode clock = admin.post("/_emulator/clock/advance", "{\"millis\":60000}").json();
        assertThat(clock.get("now").asLong()).isEqualTo(before + 60_000);

        JsonNode demo = admin.get("/_emulator/demo").json();
        assertThat(demo.get("access_key").asText()).isEqualTo(emulator.demo().accessKey());
        JsonNode loaded = admin.post("/_emulator/scenarios", """
                pipelines:
                  - name: loaded-over-http
                    stages:
                      - name: Only
                        jobs:
                          - name: J
                            steps:
                              - name: S
                                duration: 1s
                """).json();
        String pipelineId = loaded.get("pipelines").get(0).get("pipeline_id").asText();
        assertThat(http.post("/v5/" + emulator.demo().projectId() + "/api/pipelines/" + pipelineId + "/run", "{}")
                .json().get("pipeline_run_id").asText()).isNotBlank();
        Reply badScenario = admin.post("/_emulator/scenarios", "pipelines:\n  - name: broken\n");
        assertThat(badScenario.status()).isEqualTo(400);
        assertThat(badScenario.json().get("error_msg").asText()).contains("'stages' must be a non-empty array");
    }
}
