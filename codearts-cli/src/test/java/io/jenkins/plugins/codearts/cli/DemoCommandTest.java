package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void demoRunsThePipelinePassesTheReviewAndStartsAnIde() {
        CliRunner cli = new CliRunner(Map.of(), home);

        int exit = cli.run("demo", "--speed", "50", "--progress", "plain");

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out())
                .contains("== 1/4 Emulator started at http://127.0.0.1:")
                .contains("[INFO] BUILD SUCCESS")
                .contains("demo: passing the manual review \"Release approval\"")
                .contains("Approved manual review")
                .contains("== 4/4 Summary")
                .containsPattern("pipeline run +#\\d+ COMPLETED \\(SUCCESS\\)")
                .contains("manual review  passed (Release approval)")
                .containsPattern("IDE instance +\\S+ RUNNING")
                .doesNotContain("\u001B");
    }

    @Test
    void demoRejectsAnAbsurdSpeed() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("demo", "--speed", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--speed 0.0 is out of range");
    }
}
