package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationCreated;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationStatus;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.MarketplaceExtension;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionStatus;
import org.junit.jupiter.api.Test;

/** Status enums tolerate values the documents do not list, and personal data stays out of toString(). */
class ModelSafetyTest {

    @Test
    void unknownStatusValuesBecomeUnknown() throws JsonProcessingException {
        CodeGenerationCreated created = CodeArtsJson.mapper().readValue(
                "{\"request_id\":\"r\",\"status\":\"queued-somewhere\"}", CodeGenerationCreated.class);
        assertThat(created.status()).isEqualTo(CodeGenerationStatus.UNKNOWN);
        MarketplaceExtension extension = CodeArtsJson.mapper().readValue("{\"status\":\"RETIRED\"}",
                MarketplaceExtension.class);
        assertThat(extension.status()).isEqualTo(ExtensionStatus.UNKNOWN);
    }

    @Test
    void codeGenerationStatusesUseTheDocumentsLowerCaseValues() throws JsonProcessingException {
        assertThat(CodeArtsJson.mapper().writeValueAsString(CodeGenerationStatus.TIMEOUT)).isEqualTo("\"timeout\"");
        assertThat(CodeGenerationStatus.COMPLETED.isFinal()).isTrue();
        assertThat(CodeGenerationStatus.DISPATCHED.isFinal()).isFalse();
    }

    @Test
    void joinRequestHidesInvitationCodeAndPhoneNumber() {
        JoinRequest request = JoinRequest.builder().name("n").phoneNumber("13666666666")
                .invitationCode("gouliguojiashengsiyi").build();
        assertThat(request.toString()).doesNotContain("13666666666").doesNotContain("gouliguojiashengsiyi")
                .contains("invitationCode=****");
    }
}
