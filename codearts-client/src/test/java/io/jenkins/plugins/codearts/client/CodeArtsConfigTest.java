package io.jenkins.plugins.codearts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import java.net.Proxy;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Region to endpoint resolution, overrides, defaults and secret-free toString. */
class CodeArtsConfigTest {

    private static CodeArtsConfig.Builder base() {
        return CodeArtsConfig.builder().credentials(AkSkCredentials.of("HPUAEXAMPLEAK1234567", "sk-value-secret"));
    }

    @ParameterizedTest
    @CsvSource({
            "cn-north-1, https://cloudpipeline-ext.cn-north-1.myhuaweicloud.com, https://iam.cn-north-1.myhuaweicloud.com",
            "cn-north-4, https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com, https://iam.cn-north-4.myhuaweicloud.com",
            "cn-south-1, https://cloudpipeline-ext.cn-south-1.myhuaweicloud.com, https://iam.cn-south-1.myhuaweicloud.com",
            "cn-south-2, https://cloudpipeline-ext.cn-south-2.myhuaweicloud.com, https://iam.cn-south-2.myhuaweicloud.com",
            "cn-east-2, https://cloudpipeline-ext.cn-east-2.myhuaweicloud.com, https://iam.cn-east-2.myhuaweicloud.com",
            "cn-east-3, https://cloudpipeline-ext.cn-east-3.myhuaweicloud.com, https://iam.cn-east-3.myhuaweicloud.com",
            "cn-southwest-2, https://cloudpipeline-ext.cn-southwest-2.myhuaweicloud.com, https://iam.cn-southwest-2.myhuaweicloud.com",
            "ap-southeast-3, https://cloudpipeline-ext.ap-southeast-3.myhuaweicloud.com, https://iam.ap-southeast-3.myhuaweicloud.com",
            "sa-brazil-1, https://cloudpipeline-ext.sa-brazil-1.myhuaweicloud.com, https://iam.sa-brazil-1.myhuaweicloud.com",
            "la-north-2, https://cloudpipeline-ext.la-north-2.myhuaweicloud.com, https://iam.la-north-2.myhuaweicloud.com",
            "tr-west-1, https://pipeline-external.tr-west-1.myhuaweicloud.com, https://iam.tr-west-1.myhuaweicloud.com",
            "la-south-2, https://pipeline-external.la-south-2.myhuaweicloud.com, https://iam.la-south-2.myhuaweicloud.com",
            "eu-west-101, https://pipeline-external.eu-west-101.myhuaweicloud.eu, https://iam.eu-west-101.myhuaweicloud.eu"})
    void resolvesEndpointsFromTheRegion(String region, String pipeline, String iam) {
        CodeArtsConfig config = base().region(region).build();

        assertThat(config.pipelineEndpoint()).isEqualTo(pipeline);
        assertThat(config.iamEndpoint()).isEqualTo(iam);
        assertThat(config.ideEndpoint()).isEqualTo("https://cloudide.cn-north-4.myhuaweicloud.com");
        assertThat(config.endpoint(CloudService.PIPELINE)).isEqualTo(pipeline);
    }

    @Test
    void everyEndpointCanBeOverridden() {
        CodeArtsConfig config = base().region(" CN-North-4 ").pipelineEndpoint("http://127.0.0.1:8089/")
                .ideEndpoint("https://ide.gateway.example/prefix").iamEndpoint("https://iam.example").build();

        assertThat(config.region()).isEqualTo("cn-north-4");
        assertThat(config.pipelineEndpoint()).isEqualTo("http://127.0.0.1:8089");
        assertThat(config.ideEndpoint()).isEqualTo("https://ide.gateway.example/prefix");
        assertThat(config.iamEndpoint()).isEqualTo("https://iam.example");
    }

    @Test
    void aRegionIsOptionalWhenEveryEndpointIsGiven() {
        CodeArtsConfig config = base().pipelineEndpoint("http://a").ideEndpoint("http://b").iamEndpoint("http://c")
                .build();

        assertThat(config.region()).isNull();
    }

    @Test
    void defaultsAndDerivedCopies() {
        CodeArtsConfig config = base().region("cn-north-4").build();

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.hasExplicitTimeouts()).isFalse();
        assertThat(config.tokenRefreshMargin()).isEqualTo(Duration.ofHours(1));
        assertThat(config.maxResponseBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.retryPolicy()).isSameAs(RetryPolicy.defaults());

        CodeArtsConfig copy = config.toBuilder().region("eu-west-101").build();
        assertThat(copy.pipelineEndpoint()).isEqualTo("https://pipeline-external.eu-west-101.myhuaweicloud.eu");
        assertThat(config.pipelineEndpoint()).contains("cn-north-4");
    }

    @Test
    void acceptsOnlyTheOkHttpConnector() {
        OkHttpClient callers = new OkHttpClient();
        CodeArtsConfig config = base().region("cn-north-4").httpConnector(OkHttpConnector.of(callers)).build();

        assertThat(((OkHttpConnector) config.httpConnector()).okHttpClient()).isSameAs(callers);
        assertThat(config.toBuilder().build().httpConnector()).isSameAs(config.httpConnector());
        assertThat(config.toString()).contains("httpConnector=OkHttpConnector");
        assertThat(base().region("cn-north-4").build().httpConnector()).isNull();
        assertThatThrownBy(() -> base().httpConnector(new HttpConnector() {
            @Override
            public String toString() {
                return "my connector";
            }
        })).isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("httpConnector")
                .hasMessageContaining("my connector")
                .hasMessageContaining("OkHttpConnector.of(okHttpClient)");
    }

    @Test
    void toStringHidesSecrets() {
        String text = base().region("cn-north-4").proxy("http://me:proxy-pass@proxy.example:3128").build()
                .toString();

        assertThat(text).doesNotContain("sk-value-secret", "proxy-pass", "HPUAEXAMPLEAK1234567")
                .contains("HPUA****4567", "****@proxy.example:3128");
        assertThat(AkSkCredentials.of("HPUAEXAMPLEAK1234567", "s", "security-token-value").toString())
                .doesNotContain("security-token-value");
        assertThat(PasswordCredentials.of("acct", "user", "pw-value").toString()).doesNotContain("pw-value");
    }

    @Test
    void parsesProxiesWithCredentials() {
        ProxySettings proxy = ProxySettings.parse("http://jen%40kins:p%3Ass@proxy.example:3128");

        assertThat(proxy.user()).isEqualTo("jen@kins");
        assertThat(proxy.password()).isEqualTo("p:ss");
        assertThat(proxy.toProxy().type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(ProxySettings.parse("socks5://127.0.0.1:1080").type()).isEqualTo(Proxy.Type.SOCKS);
        assertThat(proxy.toString()).doesNotContain("p:ss");
    }

    @Test
    void operationsKnowTheirPathParameters() {
        Operation op = OperationCatalog.SHOW_STEP_LOGS;

        assertThat(op.pathParameterNames())
                .containsExactly("project_id", "pipeline_id", "pipeline_run_id", "job_run_id", "step_run_id");
        assertThat(OperationCatalog.RUN_PIPELINE.retrySafety()).isEqualTo(RetrySafety.UNSAFE);
        assertThat(OperationCatalog.SHOW_STEP_LOGS.retrySafety()).isEqualTo(RetrySafety.SAFE);
        assertThat(OperationCatalog.instance().require("runPipeline")).isSameAs(OperationCatalog.RUN_PIPELINE);
        assertThat(OperationCatalog.instance().find("createIamToken")).contains(OperationCatalog.CREATE_IAM_TOKEN);
        assertThat(OperationCatalog.instance().documented()).doesNotContain(OperationCatalog.CREATE_IAM_TOKEN);
    }
}
