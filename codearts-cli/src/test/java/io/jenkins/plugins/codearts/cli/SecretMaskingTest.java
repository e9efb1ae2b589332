package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every byte on stdout and stderr of every command goes through one masker that knows the secrets from every source:
 * here the SK and the IAM password come only from a config file (or the prompt), and a pipeline prints them in its
 * logs. Each command is checked on both streams, including its final error line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecretMaskingTest {

    static final String PIPELINE = "5ec2e75ec2e75ec2e75ec2e75ec2e700";

    @RegisterExtension
    static final CliEmulator codearts = new CliEmulator();
    static final CodeArtsEmulator emulator = codearts.emulator;
    static final DemoAccount demo = codearts.demo;
    static String runId;

    @TempDir
    static Path shared;

    @BeforeAll
    static void runALeakyPipeline() throws Exception {
        CliEmulator.loadOneStepPipeline(emulator, shared, PIPELINE, "leaky", "2s", "sk value=[" + demo.secretKey() + "]",
                "json {\\\"sk\\\":\\\"" + demo.secretKey() + "\\\"} password " + demo.password());
        CliRunner cli = new CliRunner(Map.of(), shared);
        assertThat(cli.run(args("run", "--pipeline-id", PIPELINE, "--progress", "plain", "--poll-speedup",
                String.valueOf(CliEmulator.SPEED), "--json"))).as(cli.err()).isEqualTo(ExitCodes.SUCCESS);
        runId = CodeArtsJson.mapper().readTree(cli.out()).path("runId").asText();
        assertSecretFree(cli);
        assertThat(cli.err()).contains("sk value=[****]");
    }

    /** Settings in a config file only: nothing secret in the environment the masker could have read. */
    static Path configFile() {
        Path file = shared.resolve("config.properties");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, String.join("\n", "endpoint=" + emulator.baseUrl(), "ak=" + demo.accessKey(),
                        "sk=" + demo.secretKey(), "region=" + demo.region(), "project-id=" + demo.projectId(),
                        "iam-project-id=" + demo.iamProjectId(), "org-id=" + demo.domainId(), ""));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return file;
    }

    static String[] args(String... command) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 2);
        all[command.length] = "--config";
        all[command.length + 1] = configFile().toString();
        return all;
    }

    /** The SK never shows; the IAM password only where it is among the invocation's settings. */
    static void assertSecretFree(CliRunner cli) {
        assertThat(cli.out() + cli.err()).doesNotContain(demo.secretKey());
    }

    private CliRunner run(int expectedExit, String... command) {
        CliRunner cli = new CliRunner(Map.of(), shared);
        assertThat(cli.run(args(command))).as(cli.out() + cli.err()).isEqualTo(expectedExit);
        assertSecretFree(cli);
        return cli;
    }

    @Test
    void apiMasksTheAnswer() {
        CliRunner api = run(ExitCodes.SUCCESS, "api", "showPipelineRunDetail", "-p", "pipeline_id=" + PIPELINE, "-q",
                "pipeline_run_id=" + runId);
        assertThat(api.out()).contains(runId);
        CliRunner logs = run(ExitCodes.SUCCESS, "logs", "--pipeline-id", PIPELINE, "--run-id", runId);
        assertThat(logs.out()).contains("sk value=[****]", "json {\"sk\":\"****\"}");
    }

    @Test
    void apiStepLogsAreMaskedIncludingTheJsonEscapedForm() throws Exception {
        JsonNode detail = CodeArtsJson.mapper().readTree(run(ExitCodes.SUCCESS, "api", "showPipelineRunDetail", "-p",
                "pipeline_id=" + PIPELINE, "-q", "pipeline_run_id=" + runId, "--compact").out());
        JsonNode job = detail.path("stages").get(0).path("jobs").get(0);
        String stepId = job.path("steps").get(job.path("steps").size() - 1).path("id").asText();
        CliRunner api = run(ExitCodes.SUCCESS, "api", "showStepLogs", "-p", "pipeline_id=" + PIPELINE, "-p",
                "pipeline_run_id=" + runId, "-p", "job_run_id=" + job.path("id").asText(), "-p", "step_run_id=" + stepId,
                "-d", "{\"limit\":100,\"sort\":\"asc\"}");
        assertThat(api.out()).contains("sk value=[****]");
    }

    @Test
    void followingCommandsMaskLogsAndTheFinalErrorLine() {
        CliRunner wait = run(ExitCodes.SUCCESS, "wait", "--pipeline-id", PIPELINE, "--run-id", runId, "--progress",
                "plain");
        assertThat(wait.out()).contains("sk value=[****]");
        CliRunner follow = run(ExitCodes.SUCCESS, "logs", "--pipeline-id", PIPELINE, "--run-id", runId, "--follow");
        assertThat(follow.out()).contains("sk value=[****]");
        // The secret typed where an id belongs comes back in the server's error message.
        CliRunner badRun = run(ExitCodes.ERROR, "wait", "--pipeline-id", PIPELINE, "--run-id", demo.secretKey(),
                "--progress", "plain");
        assertThat(badRun.err()).startsWith("error: ").contains("has no run '****'");
        assertThat(badRun.err().lines().filter(line -> line.startsWith("error: ")).count()).isEqualTo(1);
        CliRunner badApi = run(ExitCodes.ERROR, "api", "showPipelineRunDetail", "-p", "pipeline_id=" + PIPELINE,
                "-q", "pipeline_run_id=" + demo.secretKey());
        assertThat(badApi.err()).startsWith("error: ").contains("****");
    }

    @Test
    void listAndOtherCommandsAreMaskedToo() {
        run(ExitCodes.SUCCESS, "runs", "list", "--pipeline-id", PIPELINE);
        run(ExitCodes.SUCCESS, "pipelines", "list", "--json");
        run(ExitCodes.SUCCESS, "auth", "status");
        run(ExitCodes.SUCCESS, "ide", "list");
        run(ExitCodes.SUCCESS, "config");
        run(ExitCodes.SUCCESS, "runs", "list", "--pipeline-id", PIPELINE, "--debug");
        run(ExitCodes.USAGE, "stop", "--pipeline-id", PIPELINE, "--run-id", demo.secretKey() + "/x");
        run(ExitCodes.USAGE, "run", "--pipeline-id", PIPELINE, "--var", "X" + demo.secretKey());
        run(ExitCodes.ERROR, "approve", "--pipeline-id", PIPELINE, "--run-id", demo.secretKey());
        run(ExitCodes.ERROR, "ide", "status", "--instance-id", demo.secretKey());
    }

    @Test
    void aSecretTypedAtThePromptIsMaskedInAllOutput() {
        Path file = shared.resolve("no-sk.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment terminal = new CliEnvironment(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), true, shared,
                question -> Optional.of(demo.secretKey()), new AbortController(), Clock.systemUTC());
        try {
            Files.writeString(file, String.join("\n", "endpoint=" + emulator.baseUrl(), "ak=" + demo.accessKey(),
                    "region=" + demo.region(), "project-id=" + demo.projectId(),
                    "iam-project-id=" + demo.iamProjectId(), ""));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        int exit = Main.execute(terminal, "logs", "--pipeline-id", PIPELINE, "--run-id", runId, "--config",
                file.toString());
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(all).isEqualTo(ExitCodes.SUCCESS);
        assertThat(all).contains("sk value=[****]").doesNotContain(demo.secretKey());
    }

    @Test
    void iamPasswordFromTheConfigFileIsMasked() throws Exception {
        Path file = shared.resolve("iam.properties");
        Files.writeString(file, String.join("\n", "endpoint=" + emulator.baseUrl(), "iam-user=" + demo.userName(),
                "iam-domain=" + demo.domainName(), "iam-password=" + demo.password(), "region=" + demo.region(),
                "project-id=" + demo.projectId(), ""));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CliRunner cli = new CliRunner(Map.of(), shared);
        assertThat(cli.run("logs", "--pipeline-id", PIPELINE, "--run-id", runId, "--config", file.toString(),
                "--debug")).as(cli.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out()).contains("password ****");
        assertThat(cli.out() + cli.err()).doesNotContain(demo.password());
    }
}
