package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code codearts run} as its own JVM, ended with a signal while the run waits on its review. The JVM
 * runs the shutdown hook, which must stop the remote run before the process exits.
 */
class SignalAbortProcessTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sigtermStopsTheRemoteRunBeforeTheProcessExits() throws Exception {
        try (CodeArtsEmulator emulator = CliEmulator.start()) {
            DemoAccount demo = emulator.demo();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "run", "--pipeline-id", demo.demoPipelineId(), "--progress", "plain",
                    "--poll-speedup", String.valueOf(CliEmulator.SPEED));
            // Output goes to a file: destroy() closes the pipes, and the lines printed while stopping matter here.
            Path output = home.resolve("codearts-run.out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("HUAWEICLOUD_") || name.startsWith("CODEARTS_"));
            env.putAll(CliEmulator.env(emulator));
            env.put("HOME", home.toString());
            Process process = builder.start();

            String runId = CliEmulator.awaitRunId(process, output, Duration.ofSeconds(30));

            process.destroy(); // SIGTERM: runs shutdown hooks like Ctrl-C's SIGINT does
            assertThat(process.waitFor(40, TimeUnit.SECONDS)).isTrue();
            List<String> lines = Files.readAllLines(output);

            assertThat(process.exitValue()).as("exit code; output: %s", lines).isEqualTo(143);
            assertThat(String.join("\n", lines)).contains("interrupted (SIGTERM): stopping the remote run")
                    .doesNotContain(demo.secretKey());
            CliRunner api = new CliRunner(CliEmulator.env(emulator), home);
            assertThat(api.run("api", "showPipelineRunDetail", "-p", "pipeline_id=" + demo.demoPipelineId(),
                    "-q", "pipeline_run_id=" + runId)).as(api.err()).isEqualTo(ExitCodes.SUCCESS);
            JsonNode detail = CodeArtsJson.mapper().readTree(api.out());
            assertThat(detail.path("status").asText()).isEqualTo("CANCELED");
        }
    }
}
