package io.jenkins.plugins.codearts.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The global configuration page round trip, its checks, and "Test connection" against the emulator. */
@WithJenkins
class GlobalConfigurationITest {

    @Test
    void formRoundTripKeepsEveryField(JenkinsRule j) throws Exception {
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        global.setRegion("cn-east-3");
        global.setProjectId("0123456789abcdef0123456789abcdef");
        global.setPipelineEndpoint("https://pipeline.example.com");
        global.setMinPollMillis(1000);
        global.setMaxPollMillis(9000);
        global.setDefaultTimeoutMinutes(45);
        j.configRoundtrip();
        CodeArtsGlobalConfiguration reloaded = CodeArtsGlobalConfiguration.get();
        assertThat(reloaded.getRegion()).isEqualTo("cn-east-3");
        assertThat(reloaded.getProjectId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(reloaded.getPipelineEndpoint()).isEqualTo("https://pipeline.example.com");
        assertThat(reloaded.getMinPollMillis()).isEqualTo(1000);
        assertThat(reloaded.getMaxPollMillis()).isEqualTo(9000);
        assertThat(reloaded.getDefaultTimeoutMinutes()).isEqualTo(45);
    }

    @Test
    void checksNameTheFieldAndTheFix(JenkinsRule j) {
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        FormValidation region = global.doCheckRegion("north-pole", "");
        assertThat(region.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(region.getMessage()).contains("north-pole").contains("cn-north-4");
        FormValidation poll = global.doCheckMaxPollMillis("1000", "2000");
        assertThat(poll.kind).isEqualTo(FormValidation.Kind.ERROR);
        // Named by the labels the form shows, not by the Java fields.
        assertThat(poll.getMessage()).contains("Longest poll interval", "Shortest poll interval", "1000", "2000");
    }

    @Test
    void testConnectionReachesTheEmulator(JenkinsRule j) throws Exception {
        try (EmulatorFixture fixture = new EmulatorFixture()) {
            fixture.configureJenkins();
            String url = fixture.emulator.baseUrl();
            FormValidation ok = CodeArtsGlobalConfiguration.get().doTestConnection(fixture.demo.region(), url, url,
                    url, fixture.demo.projectId(), EmulatorFixture.CREDENTIALS_ID);
            assertThat(ok.kind).as(ok.getMessage()).isEqualTo(FormValidation.Kind.OK);

            FormValidation wrongProject = CodeArtsGlobalConfiguration.get().doTestConnection(fixture.demo.region(),
                    url, url, url, "ffffffffffffffffffffffffffffffff", EmulatorFixture.CREDENTIALS_ID);
            assertThat(wrongProject.kind).isEqualTo(FormValidation.Kind.WARNING);
            assertThat(wrongProject.getMessage()).contains("ffffffffffffffffffffffffffffffff");

            String wrongSecret = "wrong-secret-Xk29fLq0";
            SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAkSkCredentialsImpl(
                    CredentialsScope.GLOBAL, "hw-bad", null, fixture.demo.accessKey(), Secret.fromString(wrongSecret)));
            FormValidation badKey = CodeArtsGlobalConfiguration.get().doTestConnection(fixture.demo.region(), url, url,
                    url, fixture.demo.projectId(), "hw-bad");
            assertThat(badKey.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(badKey.getMessage()).startsWith("Connection failed").doesNotContain(wrongSecret);
        }
    }
}
