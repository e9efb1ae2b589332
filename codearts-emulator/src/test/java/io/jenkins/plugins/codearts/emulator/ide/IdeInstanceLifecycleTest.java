package io.jenkins.plugins.codearts.emulator.ide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IDE Online instances over loopback with a manual clock and token authentication. */
class IdeInstanceLifecycleTest {

    private CodeArtsEmulator emulator;
    private EmulatorHttp http;
    private String org;

    @BeforeEach
    void start() {
        emulator = CodeArtsEmulator.builder().port(0).manualClock()
                .configure(s -> s.ideStartDelay(Duration.ofSeconds(20)).ideStopDelay(Duration.ofSeconds(8))
                        .ideDeleteDelay(Duration.ofSeconds(5)))
                .build().start();
        http = new EmulatorHttp(emulator).token(EmulatorHttp.login(emulator));
        org = emulator.demo().domainId();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void advanceSeconds(long seconds) {
        emulator.manualClock().advance(Duration.ofSeconds(seconds));
    }

    private String create(String name) {
        Reply reply = http.post("/v2/" + org + "/instances", """
                {"cpu_memory":"2U4G","display_name":"%s","pvc_quantity":"5GB","refresh_interval":"30",
                 "stack_id":"%s","arch":"x86","description":"made by a test"}""".formatted(name, emulator.demo().demoStackId()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json().get("result");
        assertThat(reply.json().get("status").asText()).isEqualTo("success");
        assertThat(result.get("arch").asText()).isEqualTo("x86");
        assertThat(result.get("link").asText()).startsWith(emulator.baseUrl());
        return result.get("id").asText();
    }

    private String status(String id) {
        Reply reply = http.get("/v2/instances/" + id + "/status");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("result").get("status").asText();
    }

    @Test
    void instanceStartsStopsRestartsAndIsDeleted() {
        String id = create("java-dev");
        assertThat(status(id)).isEqualTo("STARTING");
        advanceSeconds(19);
        assertThat(status(id)).isEqualTo("STARTING");
        advanceSeconds(1);
        assertThat(status(id)).isEqualTo("RUNNING");

        JsonNode shown = http.get("/v2/instances/" + id).json();
        assertThat(shown.get("instance").get("display_name").asText()).isEqualTo("java-dev");
        assertThat(shown.get("instance").get("refresh_interval").asLong()).isEqualTo(30);
        assertThat(shown.get("instance").get("organization_id").asText()).isEqualTo(org);
        assertThat(shown.get("instance").get("attributes").get("pvc_quantity").asText()).isEqualTo("5Gi");
        assertThat(http.get("/v2/instances/" + id + "/access").json().get("result").asBoolean()).isTrue();
        Reply page = new EmulatorHttp(emulator).mode(EmulatorHttp.Mode.NONE)
                .get(shown.get("instance").get("server_url").asText().substring(emulator.baseUrl().length()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("java-dev: RUNNING");

        JsonNode activity = http.put("/v2/instances/" + id + "/activity", null).json().get("result");
        assertThat(activity.get("interval").asLong()).isEqualTo(30);
        assertThat(activity.get("expiration").asLong()).isEqualTo(emulator.clock().millis() + 30 * 60_000);

        assertThat(http.delete("/v2/instances/" + id + "/runtime").json().get("result").asBoolean()).isTrue();
        assertThat(status(id)).isEqualTo("STOPPING");
        advanceSeconds(8);
        assertThat(status(id)).isEqualTo("STOPPED");

        Reply stopAgain = http.delete("/v2/instances/" + id + "/runtime");
        assertThat(stopAgain.status()).isEqualTo(406);
        assertThat(stopAgain.json().get("error_code").asText()).isEqualTo("IDE.00010054");
        Reply keepAlive = http.put("/v2/instances/" + id + "/activity", null);
        assertThat(keepAlive.json().get("error_code").asText()).isEqualTo("IDE.00010048");

        Reply started = http.put("/v2/instances/" + id + "/runtime", "{\"plugin_enable_list\":[]}");
        assertThat(started.json().get("result").asText()).isEqualTo(id);
        assertThat(status(id)).isEqualTo("STARTING");
        Reply deleteWhileStarting = http.delete("/v2/instances/" + id);
        assertThat(deleteWhileStarting.status()).isEqualTo(406);
        assertThat(deleteWhileStarting.json().get("error_code").asText()).isEqualTo("IDE.00010028");
        advanceSeconds(20);
        assertThat(status(id)).isEqualTo("RUNNING");

        assertThat(http.delete("/v2/instances/" + id).json().get("result").asBoolean()).isTrue();
        assertThat(status(id)).isEqualTo("DELETING");
        assertThat(http.delete("/v2/instances/" + id).json().get("error_code").asText()).isEqualTo("IDE.00010029");
        advanceSeconds(5);
        assertThat(status(id)).isEqualTo("DELETED");
        assertThat(http.get("/v2/instances").json().get("instances").get("total_items_count").asInt()).isZero();

        Reply unknown = http.get("/v2/instances/zzzzzz/status");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("IDE.00010030");
    }

    @Test
    void idleInstanceFallsAsleepAfterItsRefreshInterval() {
        String id = create("sleepy");
        advanceSeconds(20);
        assertThat(status(id)).isEqualTo("RUNNING");
        advanceSeconds(29 * 60);
        http.put("/v2/instances/" + id + "/activity", null);
        advanceSeconds(29 * 60);
        assertThat(status(id)).isEqualTo("RUNNING");
        advanceSeconds(60);
        assertThat(status(id)).isEqualTo("STOPPED");
    }

    @Test
    void invalidSpecificationsAndDuplicateNamesGetTheDocumentedErrors() {
        create("taken-name");
        String stack = emulator.demo().demoStackId();
        String template = """
                {"cpu_memory":"%s","display_name":"%s","pvc_quantity":"%s","refresh_interval":%s,"stack_id":"%s","arch":"%s"}""";

        Reply badCpu = http.post("/v2/" + org + "/instances", template.formatted("3U3G", "n1-abc", "5GB", "\"30\"", stack, "x86"));
        assertThat(badCpu.status()).isEqualTo(406);
        assertThat(badCpu.json().get("error_code").asText()).isEqualTo("IDE.00000097");
        assertThat(badCpu.json().get("error_msg").asText()).contains("cpu_memory", "3U3G", "1U1G");

        Reply armSpec = http.post("/v2/" + org + "/instances", template.formatted("2U4G", "n2-abc", "5GB", "\"30\"", stack, "arm"));
        assertThat(armSpec.json().get("error_code").asText()).isEqualTo("IDE.00040005");

        Reply badPvc = http.post("/v2/" + org + "/instances", template.formatted("2U4G", "n3-abc", "7GB", "\"30\"", stack, "x86"));
        assertThat(badPvc.status()).isEqualTo(406);
        assertThat(badPvc.json().get("error_msg").asText()).contains("pvc_quantity", "7GB", "5GB");

        Reply badInterval = http.post("/v2/" + org + "/instances", template.formatted("2U4G", "n4-abc", "5GB", "\"45\"", stack, "x86"));
        assertThat(badInterval.json().get("error_code").asText()).isEqualTo("IDE.00000097");
        assertThat(badInterval.json().get("error_msg").asText()).contains("refresh_interval", "45", "[30, 60, 240, 1440, -1]");
        Reply armInterval = http.post("/v2/" + org + "/instances", template.formatted("4U8G", "n5-abc", "5GB", "240", stack, "arm"));
        assertThat(armInterval.json().get("error_msg").asText()).contains("[30, 60]");
        Reply numericInterval = http.post("/v2/" + org + "/instances", template.formatted("4U8G", "n6-abc", "5GB", "60", stack, "arm"));
        assertThat(numericInterval.status()).as(numericInterval.body()).isEqualTo(200);

        Reply duplicate = http.post("/v2/" + org + "/instances", template.formatted("2U4G", "taken-name", "5GB", "\"30\"", stack, "x86"));
        assertThat(duplicate.status()).isEqualTo(406);
        assertThat(duplicate.json().get("error_code").asText()).isEqualTo("IDE.00010027");
        assertThat(http.get("/v2/instances/duplicate?display_name=taken-name").json().get("result").asBoolean()).isTrue();
        assertThat(http.get("/v2/instances/duplicate?display_name=free-name").json().get("result").asBoolean()).isFalse();

        Reply shortName = http.post("/v2/" + org + "/instances", template.formatted("2U4G", "ab", "5GB", "\"30\"", stack, "x86"));
        assertThat(shortName.json().get("error_code").asText()).isEqualTo("IDE.00040004");

        Reply otherOrg = http.post("/v2/ffffffff/instances", template.formatted("2U4G", "n7-abc", "5GB", "\"30\"", stack, "x86"));
        assertThat(otherOrg.json().get("error_code").asText()).isEqualTo("IDE.00010058");

        JsonNode page = http.get("/v2/" + org + "/instances?limit=10&offset=0").json().get("instances");
        assertThat(page.get("total_items_count").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(http.get("/v2/" + org + "/instances?limit=12").json().get("error_msg").asText()).contains("10, 15 or 30");
        assertThat(http.get("/v2/instances?search=taken").json().get("instances").get("items")).hasSize(1);
    }

    @Test
    void partnerCreationAndUpdateUseTheirOwnFieldNames() {
        Reply created = http.post("/v2/instances?instance_label=classroom", """
                {"cpu_memory":"1U1G","instance_name":"course-01","pvc_quantity":"10GB","refresh_time":"60",
                 "stack_id":"%s","is_temporary":"false"}""".formatted(emulator.demo().demoStackId()));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get("result").get("id").asText();
        JsonNode instance = http.get("/v2/instances/" + id).json().get("instance");
        assertThat(instance.get("label").asText()).isEqualTo("classroom");
        assertThat(instance.get("refresh_interval").asLong()).isEqualTo(60);

        Reply updated = http.put("/v2/instances/" + id, "{\"display_name\":\"course-02\",\"refresh_interval\":\"240\"}");
        assertThat(updated.json().get("result").asBoolean()).isTrue();
        assertThat(http.get("/v2/instances/" + id).json().get("instance").get("display_name").asText()).isEqualTo("course-02");
        Reply missing = http.put("/v2/instances/" + id, "{\"display_name\":\"course-03\"}");
        assertThat(missing.status()).isEqualTo(406);
        assertThat(missing.json().get("error_msg").asText()).contains("'refresh_interval' is required");
    }
}
