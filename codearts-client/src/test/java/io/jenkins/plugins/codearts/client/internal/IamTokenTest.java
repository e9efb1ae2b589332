package io.jenkins.plugins.codearts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IamTokenTest {

    @Test
    void theTokenValueNeverAppearsInToString() {
        IamTokenProvider.IamToken token = new IamTokenProvider.IamToken("token-1",
                Instant.parse("2024-01-03T03:04:05Z"), "project", "domain");

        assertThat(token.toString()).doesNotContain("token-1").contains("****").contains("project");
    }
}
