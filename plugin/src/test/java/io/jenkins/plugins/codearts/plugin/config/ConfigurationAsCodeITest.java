package io.jenkins.plugins.codearts.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.security.ACL;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudAkSkCredentials;
import io.jenkins.plugins.codearts.plugin.credentials.HuaweiCloudIamCredentials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;

/** Configuration as Code: both credential types and the global configuration load from YAML and export back. */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeITest {

    @Test
    @ConfiguredWithCode("casc.yaml")
    void loadsAndExports(JenkinsConfiguredWithCodeRule j) throws Exception {
        CodeArtsGlobalConfiguration global = CodeArtsGlobalConfiguration.get();
        assertThat(global.getRegion()).isEqualTo("cn-south-1");
        assertThat(global.getProjectId()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(global.getCredentialsId()).isEqualTo("hw-ak");
        assertThat(global.getPipelineEndpoint()).isEqualTo("https://pipeline.example.com");
        assertThat(global.getDomainId()).isEqualTo("d0main1d");
        assertThat(global.getMinPollMillis()).isEqualTo(2000);
        assertThat(global.getMaxPollMillis()).isEqualTo(20000);
        assertThat(global.getDefaultTimeoutMinutes()).isEqualTo(90);

        List<StandardCredentials> all = CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, List.of());
        HuaweiCloudAkSkCredentials akSk = (HuaweiCloudAkSkCredentials) all.stream()
                .filter(c -> c.getId().equals("hw-ak")).findFirst().orElseThrow();
        assertThat(akSk.getAccessKey()).isEqualTo("AKCASC0001");
        assertThat(akSk.getSecretKey().getPlainText()).isEqualTo("casc-secret-key-value");
        assertThat(akSk.getSecurityToken().getPlainText()).isEqualTo("casc-token-value");
        HuaweiCloudIamCredentials iam = (HuaweiCloudIamCredentials) all.stream()
                .filter(c -> c.getId().equals("hw-iam")).findFirst().orElseThrow();
        assertThat(iam.getDomainName()).isEqualTo("example-account");
        assertThat(iam.getUserName()).isEqualTo("ci-bot");
        assertThat(iam.getPassword().getPlainText()).isEqualTo("casc-password-value");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains("huaweiCloudCodeArts:").contains("cn-south-1").contains("huaweiCloudAkSk:")
                .contains("huaweiCloudIam:").contains("AKCASC0001")
                .doesNotContain("casc-secret-key-value").doesNotContain("casc-token-value")
                .doesNotContain("casc-password-value");
    }
}
