package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageAndConfigCommandTest {

    @TempDir
    Path home;

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("config", "--no-such-flag")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("a command is needed");
    }

    @Test
    void skCannotBeGivenAsAFlag() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("config", "--sk", "secret")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheExitCodes() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("--help")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out()).contains("Exit codes:", "130", "timeout");
    }

    @Test
    void configCommandShowsSourcesAndMasksSecrets() {
        CliRunner cli = new CliRunner(Map.of("HUAWEICLOUD_SDK_AK", "AKSHOWN", "HUAWEICLOUD_SDK_SK", "never-print-me"),
                home);
        assertThat(cli.run("config", "--region", "cn-north-4")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out())
                .contains("region             cn-north-4   <- --region")
                .contains("ak                 AKSHOWN   <- env HUAWEICLOUD_SDK_AK")
                .contains("sk                 ****   <- env HUAWEICLOUD_SDK_SK")
                .doesNotContain("never-print-me");
    }

    @Test
    void badConfigIsAnErrorWithAClearMessage() {
        CliRunner cli = new CliRunner(Map.of("CODEARTS_REGION", "Beijing"), home);
        assertThat(cli.run("config")).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.err()).startsWith("error: region 'Beijing' (from env CODEARTS_REGION) is not a region id");
    }

    @Test
    void apiListNeedsNoCredentialsAndFilters() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("api", "--list", "manualreview")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out()).contains("passManualReview", "refuseManualReview", "POST")
                .doesNotContain("createIdeInstance");
    }

    @Test
    void apiUnknownOperationIsAUsageErrorWithSuggestions() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("api", "runpipeline")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("unknown operation 'runpipeline'", "did you mean runPipeline");
    }

    @Test
    void apiBodyThatIsNotJsonIsAUsageErrorBeforeAnythingIsSent() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("api", "createPipelineGroup", "-d", "{name: oops")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("request body from --body is not valid JSON", "line 1");
    }
}
