package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** setExtensionAuthorization decides for instances the IDE instance store knows, and only while they exist. */
class ExtensionAuthorizationInstanceTest {

    private static final String DECISION = "{\"extension_version\":\"1.0.0\",\"identifier\":\"redhat.java\",\"status\":\"AGREE\"}";

    private CrudTestEmulator emulator;
    private CrudHttp http;

    @BeforeEach
    void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String createInstance(String name) {
        Reply created = http.post("/v2/instances", "{\"cpu_memory\":\"1U1G\",\"instance_name\":\"" + name + "\","
                + "\"pvc_quantity\":\"5GB\",\"refresh_time\":\"60\",\"stack_id\":\"" + emulator.demo().demoStackId() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().at("/result/id").asText();
    }

    @Test
    void anUnknownInstanceIsNotFoundAndNothingIsRecorded() {
        Reply unknown = http.post("/v2/extension/authorization/zzzzzz", DECISION);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("IDE.00010030");
        assertThat(unknown.errorMsg()).contains("zzzzzz").contains("GET /v2/instances");
        Reply shown = http.get("/v2/extension/authorization?extension_version=1.0.0&identifier=redhat.java&instance_id=zzzzzz");
        assertThat(shown.json().at("/result/status").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void aLiveInstanceTakesDecisionsADeletedOneNoLonger() {
        String id = createInstance("authorised-ide");
        assertThat(http.post("/v2/extension/authorization/" + id, DECISION).status()).isEqualTo(200);
        assertThat(http.get("/v2/extension/authorization?extension_version=1.0.0&identifier=redhat.java&instance_id=" + id)
                .json().at("/result/status").asText()).isEqualTo("AGREE");

        emulator.advanceMillis(60_000); // STARTING -> RUNNING, so it may be deleted
        assertThat(http.delete("/v2/instances/" + id).status()).isEqualTo(200);
        Reply deleting = http.post("/v2/extension/authorization/" + id, DECISION.replace("AGREE", "REJECT"));
        assertThat(deleting.status()).isEqualTo(406);
        assertThat(deleting.errorCode()).isEqualTo("IDE.00010029");
        assertThat(deleting.errorMsg()).contains(id).contains("DELETING");
        emulator.advanceMillis(60_000);
        Reply deleted = http.post("/v2/extension/authorization/" + id, DECISION.replace("AGREE", "REJECT"));
        assertThat(deleted.errorMsg()).contains("DELETED");
    }
}
