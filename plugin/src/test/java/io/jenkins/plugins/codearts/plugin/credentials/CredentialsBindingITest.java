package io.jenkins.plugins.codearts.plugin.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Result;
import hudson.util.Secret;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** withCredentials([huaweiCloud(...)]) masks every value, and no secret reaches the build directory or config. */
@WithJenkins
class CredentialsBindingITest {

    private static final String SECRET_KEY = "sk-Zq8v1Lw3mX9pR2tY6uB4nC7eD0fG5hJ";
    private static final String TOKEN = "tok-Hq2Wm8Ns4Bv6Xc1Za9Lk3Jp7Rt5Yu0Ei";

    @Test
    void bindsMaskedVariablesAndKeepsSecretsOffDisk(JenkinsRule j) throws Exception {
        HuaweiCloudAkSkCredentialsImpl credentials = new HuaweiCloudAkSkCredentialsImpl(CredentialsScope.GLOBAL, "hw",
                "test key", "AKTESTVALUE123", Secret.fromString(SECRET_KEY));
        credentials.setSecurityToken(Secret.fromString(TOKEN));
        SystemCredentialsProvider.getInstance().getCredentials().add(credentials);
        SystemCredentialsProvider.getInstance().save();

        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                withCredentials([huaweiCloud(credentialsId: 'hw', secretKeyVariable: 'MY_SK')]) {
                    echo "ak=${env.HUAWEICLOUD_SDK_AK} sk=${env.MY_SK} token=${env.HUAWEICLOUD_SDK_SECURITY_TOKEN}"
                    echo "sk length=${env.MY_SK.length()}"
                }
                """, true));
        WorkflowRun build = j.buildAndAssertSuccess(job);
        String log = JenkinsRule.getLog(build);
        assertThat(log).contains("ak=**** sk=**** token=****").contains("sk length=" + SECRET_KEY.length())
                .doesNotContain(SECRET_KEY).doesNotContain(TOKEN);

        assertThat(new HuaweiCloudCredentialsBinding("hw").variables(build))
                .containsExactly("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN");

        assertNoFileContains(build.getRootDir().toPath(), SECRET_KEY, TOKEN);
        assertNoFileContains(job.getRootDir().toPath(), SECRET_KEY, TOKEN);
        assertThat(Files.readString(new File(j.jenkins.getRootDir(), "credentials.xml").toPath()))
                .doesNotContain(SECRET_KEY).doesNotContain(TOKEN).contains("AKTESTVALUE123");
    }

    @Test
    void variablesListOnlyWhatIsSet(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAkSkCredentialsImpl(
                CredentialsScope.GLOBAL, "permanent", null, "AKPERM", Secret.fromString(SECRET_KEY)));
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                withCredentials([huaweiCloud('permanent')]) {
                    echo "token set=${env.HUAWEICLOUD_SDK_SECURITY_TOKEN != null}"
                }
                """, true));
        j.assertLogContains("token set=false", j.buildAndAssertSuccess(job));
        assertThat(new HuaweiCloudCredentialsBinding("permanent").variables(j.buildAndAssertSuccess(job)))
                .containsExactly("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK");
    }

    @Test
    void anEmptyTokenIsNeitherListedNorSet(JenkinsRule j) {
        // One rule for bind() and variables(): they disagreed on an empty token (listed, but never set).
        assertThat(HuaweiCloudCredentialsBinding.securityTokenOf(null)).isNull();
        assertThat(HuaweiCloudCredentialsBinding.securityTokenOf(Secret.fromString(""))).isNull();
        assertThat(HuaweiCloudCredentialsBinding.securityTokenOf(Secret.fromString(TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void rejectsBadVariableNamesInOneLine(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAkSkCredentialsImpl(
                CredentialsScope.GLOBAL, "hw", null, "AKTESTVALUE123", Secret.fromString(SECRET_KEY)));
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("""
                withCredentials([huaweiCloud(credentialsId: 'hw', secretKeyVariable: '1BAD-NAME')]) {
                    echo 'never'
                }
                """, true));
        // Checked when binding, not in the setter: data binding would wrap a setter's exception in a stack trace.
        WorkflowRun build = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        j.assertLogContains("secretKeyVariable \"1BAD-NAME\" is not a valid environment variable name", build);
        assertThat(JenkinsRule.getLog(build)).doesNotContain("\tat ").doesNotContain("never");
    }

    static void assertNoFileContains(Path dir, String... secrets) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(text).as("%s must not contain a secret", file).doesNotContain(secret);
            }
        }
    }
}
