package io.jenkins.plugins.codearts.client.emulator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepRun;
import org.junit.jupiter.api.Test;

/** The cross-check's own comparator catches what it is meant to catch, so a green run means agreement. */
class WireAgreementTest {

    private static final String STEP = """
            {"id":"s1","name":"Build","task":"official_maven_build","status":"RUNNING","sequence":0,
             "start_time":1700000000000,"end_time":null,"inputs":[{"key":"k","value":"v"}],"business_type":null,
             "official_task_version":null,"identifier":"b","multi_step_editable":0,"endpoint_ids":null,
             "last_dispatch_id":"d","message":null}""";

    @Test
    void agreeingJsonPasses() throws Exception {
        JsonNode wire = WireAgreement.parse(STEP);
        StepRun typed = CodeArtsJson.mapper().treeToValue(wire, StepRun.class);
        assertThatCode(() -> WireAgreement.assertCarriesEveryField("step", wire, typed)).doesNotThrowAnyException();
        assertThatCode(() -> WireAgreement.assertSendsEveryModelField("step", wire, StepRun.class))
                .doesNotThrowAnyException();
    }

    @Test
    void unknownStatusFieldTheModelDoesNotKnowAndChangedValuesFail() throws Exception {
        JsonNode wire = WireAgreement.parse(STEP.replace("\"RUNNING\"", "\"WAITING_FOR_AGENT\"")
                .replace("\"message\":null", "\"mesage\":\"typo\""));
        StepRun typed = CodeArtsJson.mapper().treeToValue(wire, StepRun.class);
        assertThatThrownBy(() -> WireAgreement.assertCarriesEveryField("step", wire, typed))
                .hasMessageContaining("$.status = \"WAITING_FOR_AGENT\" on the wire but \"UNKNOWN\" in the model")
                .hasMessageContaining("$.mesage = \"typo\" is missing from the typed model");
    }

    @Test
    void valueOfAnotherJsonTypeFails() throws Exception {
        JsonNode wire = WireAgreement.parse(STEP.replace("\"sequence\":0", "\"sequence\":\"0\""));
        StepRun typed = CodeArtsJson.mapper().treeToValue(wire, StepRun.class);
        assertThatThrownBy(() -> WireAgreement.assertCarriesEveryField("step", wire, typed))
                .hasMessageContaining("$.sequence is a STRING on the wire but a NUMBER in the model");
    }

    @Test
    void fieldTheEmulatorDoesNotSendFails() {
        JsonNode wire = WireAgreement.parse("{\"has_more\":false,\"log\":\"x\"}");
        assertThatThrownBy(() -> WireAgreement.assertSendsEveryModelField("log", wire, StepLogPage.class))
                .hasMessageContaining("$.end_offset").hasMessageContaining("$.step_run_id");
    }
}
