package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmulatorCommandTest {

    private static final Pattern EXPORT = Pattern.compile("export (.+)");

    @TempDir
    Path home;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void emulatorServesAScenarioUntilInterruptedAndSecretsInRemoteLogsAreMasked() throws Exception {
        Path scenario = home.resolve("scenario.yaml");
        Files.writeString(scenario, String.join("\n",
                "pipelines:",
                "  - id: 0f0e0d0c0b0a09080706050403020100",
                "    name: scenario-from-cli-test",
                "    stages:",
                "      - name: Only",
                "        jobs:",
                "          - name: Echo",
                "            steps:",
                "              - name: Say hello",
                "                task: official_shell_plugin",
                "                duration: 2s",
                "                logs:",
                "                  - \"hello from the scenario\"",
                "                  - \"\\e[31mleaked key emuDemoSecretKey0123456789abcdefghijklmn\\e[0m\"",
                ""));
        CliRunner emulator = new CliRunner(Map.of(), home);
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> emulator.run("emulator", "--port", "0",
                "--speed", "50", "--scenario", scenario.toString()));
        Map<String, String> env = awaitExports(emulator, Duration.ofSeconds(20));
        assertThat(emulator.out()).contains("Press Ctrl-C to stop.");

        CliRunner run = new CliRunner(env, home);
        int exit = run.run("run", "--pipeline-id", "0f0e0d0c0b0a09080706050403020100", "--poll-speedup", "50");

        assertThat(exit).as(run.out() + run.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.out()).contains("hello from the scenario", "leaked key ****")
                .doesNotContain(env.get("HUAWEICLOUD_SDK_SK"))
                .doesNotContain("\u001B");

        assertThat(emulator.environment().abortController().abort(Duration.ofSeconds(5))).isTrue();
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo(ExitCodes.SUCCESS);
        assertThat(emulator.out()).endsWith("emulator stopped" + System.lineSeparator());
    }

    @Test
    void missingScenarioFileIsAUsageError() {
        CliRunner cli = new CliRunner(Map.of(), home);
        assertThat(cli.run("emulator", "--port", "0", "--scenario", home.resolve("nope.yaml").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("nope.yaml: no such file");
    }

    /** Reads the environment from the "export ..." line the command prints. */
    private static Map<String, String> awaitExports(CliRunner emulator, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = EXPORT.matcher(emulator.out());
            if (matcher.find() && emulator.out().contains("Press Ctrl-C")) {
                Map<String, String> env = new HashMap<>();
                for (String assignment : matcher.group(1).trim().split(" ")) {
                    int equals = assignment.indexOf('=');
                    env.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                }
                return env;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the emulator did not print its settings; output:\n" + emulator.out() + emulator.err());
    }
}
