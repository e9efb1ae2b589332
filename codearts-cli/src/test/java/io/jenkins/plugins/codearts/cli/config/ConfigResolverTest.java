package io.jenkins.plugins.codearts.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.cli.CliException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private ConfigResolver resolver(Map<String, String> env) {
        return new ConfigResolver(env, home, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private Path writeDefaultConfig(String content) throws IOException {
        Path file = home.resolve(".codearts/config.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static Map<Setting, String> flags(Object... pairs) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        for (int i = 0; i < pairs.length; i += 2) {
            flags.put((Setting) pairs[i], (String) pairs[i + 1]);
        }
        return flags;
    }

    @Test
    void flagBeatsEnvironmentWhichBeatsFile() throws IOException {
        writeDefaultConfig("region=eu-west-101\nproject-id=from-file\niam-project-id=iam-from-file\n");
        CliSettings settings = resolver(Map.of("CODEARTS_REGION", "cn-south-1", "CODEARTS_PROJECT_ID", "from-env"))
                .resolve(flags(Setting.REGION, "cn-north-4"), null);

        assertThat(settings.resolved(Setting.REGION)).get()
                .extracting(ResolvedValue::value, ResolvedValue::source).containsExactly("cn-north-4", "--region");
        assertThat(settings.resolved(Setting.PROJECT_ID)).get()
                .extracting(ResolvedValue::value, ResolvedValue::source)
                .containsExactly("from-env", "env CODEARTS_PROJECT_ID");
        assertThat(settings.get(Setting.IAM_PROJECT_ID)).contains("iam-from-file");
        assertThat(settings.resolved(Setting.IAM_PROJECT_ID).get().source()).startsWith("file ").contains("config.properties");
    }

    @Test
    void codeartsRegionVariableWinsOverTheSdkOne() {
        CliSettings settings = resolver(Map.of("HUAWEICLOUD_SDK_REGION", "cn-north-1", "CODEARTS_REGION", "cn-north-4"))
                .resolve(Map.of(), null);
        assertThat(settings.get(Setting.REGION)).contains("cn-north-4");

        CliSettings sdkOnly = resolver(Map.of("HUAWEICLOUD_SDK_REGION", "cn-north-1")).resolve(Map.of(), null);
        assertThat(sdkOnly.resolved(Setting.REGION).get().source()).isEqualTo("env HUAWEICLOUD_SDK_REGION");
    }

    @Test
    void generalEndpointFillsServiceEndpointsWithinItsLevelOnly() {
        CliSettings settings = resolver(Map.of("CODEARTS_PIPELINE_ENDPOINT", "https://pipeline.example",
                "CODEARTS_ENDPOINT", "http://127.0.0.1:9000"))
                .resolve(Map.of(), null);
        assertThat(settings.get(Setting.PIPELINE_ENDPOINT)).contains("https://pipeline.example");
        assertThat(settings.get(Setting.IDE_ENDPOINT)).contains("http://127.0.0.1:9000");
        assertThat(settings.resolved(Setting.IAM_ENDPOINT).get().source()).isEqualTo("env CODEARTS_ENDPOINT");

        // A general --endpoint typed now beats a per-service variable from the environment.
        CliSettings typed = resolver(Map.of("CODEARTS_PIPELINE_ENDPOINT", "https://pipeline.example"))
                .resolve(flags(Setting.ENDPOINT, "http://127.0.0.1:8089"), null);
        assertThat(typed.resolved(Setting.PIPELINE_ENDPOINT)).get()
                .extracting(ResolvedValue::value, ResolvedValue::source)
                .containsExactly("http://127.0.0.1:8089", "--endpoint");
    }

    @Test
    void accessKeysFromEnvironmentAndFileCombine() throws IOException {
        Path file = writeDefaultConfig("sk=file-secret-key\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CliSettings settings = resolver(Map.of("HUAWEICLOUD_SDK_AK", "AKFROMENV")).resolve(Map.of(), null);

        CliCredentials credentials = settings.credentials(SecretPrompt.none());
        assertThat(credentials).isEqualTo(new CliCredentials.AccessKeys("AKFROMENV", "file-secret-key", null));
        assertThat(credentials.toString()).doesNotContain("file-secret-key");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void worldReadableFileWithSecretsGetsAWarning() throws IOException {
        Path file = writeDefaultConfig("ak=AK1\nsk=the-secret-value\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        resolver(Map.of()).resolve(Map.of(), null);
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .contains("readable by other users", "chmod 600")
                .doesNotContain("the-secret-value");
    }

    @Test
    void missingSkIsAskedForOnTheTerminal() {
        CliSettings settings = resolver(Map.of()).resolve(flags(Setting.AK, "MYAK"), null);
        CliCredentials credentials = settings.credentials(question -> {
            assertThat(question).contains("MYAK");
            return Optional.of("typed-secret");
        });
        assertThat(credentials).isEqualTo(new CliCredentials.AccessKeys("MYAK", "typed-secret", null));
    }

    @Test
    void missingSkWithoutTerminalNamesWhereToSetIt() {
        CliSettings settings = resolver(Map.of()).resolve(flags(Setting.AK, "MYAK"), null);
        assertThatThrownBy(() -> settings.credentials(SecretPrompt.none()))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("--ak")
                .hasMessageContaining("HUAWEICLOUD_SDK_SK")
                .hasMessageContaining("sk=");
    }

    @Test
    void iamPasswordCredentialsNeedTheDomain() {
        CliSettings noDomain = resolver(Map.of("CODEARTS_IAM_USER", "alice", "CODEARTS_IAM_PASSWORD", "pw-secret-1"))
                .resolve(Map.of(), null);
        assertThatThrownBy(() -> noDomain.credentials(SecretPrompt.none()))
                .hasMessageContaining("CODEARTS_IAM_DOMAIN")
                .hasMessageNotContaining("pw-secret-1");

        CliSettings complete = resolver(Map.of("CODEARTS_IAM_USER", "alice", "CODEARTS_IAM_PASSWORD", "pw-secret-1",
                "CODEARTS_IAM_DOMAIN", "acme")).resolve(Map.of(), null);
        assertThat(complete.credentials(SecretPrompt.none()))
                .isEqualTo(new CliCredentials.IamPassword("acme", "alice", "pw-secret-1"));
    }

    @Test
    void noCredentialsAtAllListsBothWays() {
        CliSettings settings = resolver(Map.of()).resolve(Map.of(), null);
        assertThatThrownBy(() -> settings.credentials(SecretPrompt.none()))
                .hasMessageContaining("HUAWEICLOUD_SDK_AK")
                .hasMessageContaining("CODEARTS_IAM_USER");
    }

    @Test
    void badRegionNamesValueSourceAndFix() {
        assertThatThrownBy(() -> resolver(Map.of("CODEARTS_REGION", "North China 4")).resolve(Map.of(), null))
                .isInstanceOf(CliException.class)
                .hasMessage("region 'North China 4' (from env CODEARTS_REGION) is not a region id; use a lower-case id"
                        + " such as cn-north-4 or eu-west-101");
    }

    @Test
    void badEndpointNamesTheSettingAndSource() {
        assertThatThrownBy(() -> resolver(Map.of()).resolve(flags(Setting.PIPELINE_ENDPOINT, "127.0.0.1:8089"), null))
                .hasMessageContaining("pipeline-endpoint '127.0.0.1:8089' (from --pipeline-endpoint)")
                .hasMessageContaining("http://");
    }

    @Test
    void unknownKeyInConfigFileIsReportedWithTheValidKeys() throws IOException {
        writeDefaultConfig("regoin=cn-north-4\n");
        assertThatThrownBy(() -> resolver(Map.of()).resolve(Map.of(), null))
                .hasMessageContaining("[regoin]")
                .hasMessageContaining("region, ak, sk");
    }

    @Test
    void explicitConfigFileMustExistButTheDefaultIsOptional() {
        assertThat(resolver(Map.of()).resolve(Map.of(), null).configFile()).isEmpty();
        Path missing = home.resolve("nope.properties");
        assertThatThrownBy(() -> resolver(Map.of()).resolve(Map.of(), missing))
                .hasMessageContaining("--config " + missing + ": no such file");
        assertThatThrownBy(() -> resolver(Map.of("CODEARTS_CONFIG", missing.toString())).resolve(Map.of(), null))
                .hasMessageContaining("CODEARTS_CONFIG=" + missing);
    }

    @Test
    void explicitConfigFileIsUsedInsteadOfTheDefault() throws IOException {
        writeDefaultConfig("region=cn-north-1\n");
        Path other = home.resolve("other.properties");
        Files.writeString(other, "region=cn-north-4\n");
        CliSettings settings = resolver(Map.of()).resolve(Map.of(), other);
        assertThat(settings.get(Setting.REGION)).contains("cn-north-4");
        assertThat(settings.configFile()).contains(other);
    }

    @Test
    void describeAndToStringMaskSecrets() {
        CliSettings settings = resolver(Map.of("HUAWEICLOUD_SDK_AK", "AKVISIBLE", "HUAWEICLOUD_SDK_SK", "sk-hidden-123",
                "HUAWEICLOUD_SDK_SECURITY_TOKEN", "token-hidden-456")).resolve(Map.of(), null);
        assertThat(String.join("\n", settings.describe()))
                .contains("AKVISIBLE", "****", "env HUAWEICLOUD_SDK_SK")
                .doesNotContain("sk-hidden-123", "token-hidden-456");
        assertThat(settings.toString()).doesNotContain("sk-hidden-123", "token-hidden-456");
        assertThat(settings.masker().mask("signed with sk-hidden-123")).isEqualTo("signed with ****");
    }

    @Test
    void secretsCannotBePassedAsFlags() {
        assertThat(Setting.SK.flag()).isEmpty();
        assertThat(Setting.IAM_PASSWORD.flag()).isEmpty();
        assertThat(Setting.SECURITY_TOKEN.flag()).isEmpty();
        assertThatThrownBy(() -> resolver(Map.of()).resolve(flags(Setting.SK, "x"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
