package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands against a real emulator on loopback: exit codes, plain output, reviews, IDE instances, the api
 * command and the in-process Ctrl-C path. The emulator runs {@value #SPEED} times faster than real time and the CLI
 * polls that much more often.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmulatorCliTest {

    static final int SPEED = CliEmulator.SPEED;

    @RegisterExtension
    static final CliEmulator codearts = new CliEmulator();
    static final CodeArtsEmulator emulator = codearts.emulator;
    static final DemoAccount demo = codearts.demo;

    @TempDir
    Path home;

    /** What `codearts emulator` tells users to export. */
    static Map<String, String> emulatorEnv() {
        return CliEmulator.env(emulator);
    }

    private CliRunner cli() {
        return new CliRunner(emulatorEnv(), home);
    }

    private static String[] follow(String command, String pipelineId, String... more) {
        String[] base = {command, "--pipeline-id", pipelineId, "--progress", "plain", "--poll-speedup",
            String.valueOf(SPEED)};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Reads the run detail through the api command, as a user would. */
    private JsonNode runDetail(String pipelineId, String runId) throws Exception {
        CliRunner api = cli();
        assertThat(api.run("api", "showPipelineRunDetail", "-p", "pipeline_id=" + pipelineId,
                "-q", "pipeline_run_id=" + runId, "--compact")).as(api.err()).isEqualTo(ExitCodes.SUCCESS);
        return CodeArtsJson.mapper().readTree(api.out());
    }

    /** A {@code codearts run} of the demo pipeline going in the background, once it has printed its run id. */
    private record BackgroundRun(CliRunner runner, CompletableFuture<Integer> exitCode, String runId) {
    }

    private BackgroundRun runDemoPipelineInBackground(String... moreFlags) throws Exception {
        CliRunner runner = cli();
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> runner.run(follow("run",
                demo.demoPipelineId(), moreFlags)));
        return new BackgroundRun(runner, exitCode, CliEmulator.awaitRunId(runner, Duration.ofSeconds(30)));
    }

    @Test
    void failingPipelineExitsWithRemoteFailureAndPlainOutput() throws Exception {
        CliRunner cli = cli();
        Path resultFile = home.resolve("result.json");
        int exit = cli.run(follow("run", demo.failingPipelineId(), "--result-file", resultFile.toString()));

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(ExitCodes.REMOTE_FAILURE);
        assertThat(cli.out()).doesNotContain("\u001B").doesNotContain(demo.secretKey()).contains("FAILED");
        JsonNode result = CodeArtsJson.mapper().readTree(Files.readString(resultFile));
        assertThat(result.path("outcome").asText()).isEqualTo("FAILURE");
        assertThat(result.path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void aSuccessfulRunWithUnreadableLogsExitsOneUnlessAllowed() throws Exception {
        Path scenario = home.resolve("scenario.json");
        Files.writeString(scenario, "{\"pipelines\":[{\"name\":\"unreadable-logs\",\"stages\":[{\"name\":\"Quick\","
                + "\"jobs\":[{\"name\":\"job\",\"steps\":[{\"name\":\"work\",\"duration\":\"10s\","
                + "\"logs\":[\"working\",\"done\"]}]}]}]}]}");
        String pipeline = emulator.loadScenario(scenario).get(0);
        emulator.faults().on("showStepLogs").status(404);
        try {
            CliRunner strict = cli();
            Path resultFile = home.resolve("incomplete.json");
            int exit = strict.run(follow("run", pipeline, "--result-file", resultFile.toString()));

            assertThat(exit).as(strict.out() + strict.err()).isEqualTo(ExitCodes.REMOTE_FAILURE);
            assertThat(strict.out()).contains("WARNING: some log lines could not be read");
            JsonNode result = CodeArtsJson.mapper().readTree(Files.readString(resultFile));
            assertThat(result.path("outcome").asText()).isEqualTo("SUCCESS");
            assertThat(result.path("incompleteLogs").asBoolean()).isTrue();
            assertThat(result.path("incompleteLogSteps").toString()).contains("\"Quick › job › work\"");

            CliRunner lenient = cli();
            assertThat(lenient.run(follow("run", pipeline, "--allow-incomplete-logs")))
                    .as(lenient.out() + lenient.err()).isEqualTo(ExitCodes.SUCCESS);
        } finally {
            emulator.faults().clear();
        }
    }

    @Test
    void demoPipelineSucceedsWhenApproveWaitsForItsReview() throws Exception {
        BackgroundRun run = runDemoPipelineInBackground();
        CliRunner runner = run.runner();
        String runId = run.runId();

        CliRunner approver = cli();
        int approved = approver.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId,
                "--wait", "20s");

        assertThat(approved).as(approver.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(approver.out()).contains("Approved manual review");
        assertThat(run.exitCode().get(40, TimeUnit.SECONDS)).as(runner.out() + runner.err())
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(runner.out()).doesNotContain("\u001B").contains("COMPLETED");
        assertThat(runDetail(demo.demoPipelineId(), runId).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void refusingTheReviewMakesTheRunFail() throws Exception {
        BackgroundRun run = runDemoPipelineInBackground();

        CliRunner refuser = cli();
        assertThat(refuser.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", run.runId(),
                "--decision", "reject")).as(refuser.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.exitCode().get(40, TimeUnit.SECONDS)).as(run.runner().out())
                .isEqualTo(ExitCodes.REMOTE_FAILURE);
    }

    @Test
    void timeoutExitsWithTimeoutAndStopsTheRun() throws Exception {
        CliRunner cli = cli();
        Path resultFile = home.resolve("timeout.json");
        int exit = cli.run(follow("run", demo.demoPipelineId(), "--timeout", "500ms", "--result-file",
                resultFile.toString()));

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(ExitCodes.TIMEOUT);
        JsonNode result = CodeArtsJson.mapper().readTree(Files.readString(resultFile));
        assertThat(result.path("outcome").asText()).isEqualTo("TIMEOUT");
        assertThat(runDetail(demo.demoPipelineId(), result.path("runId").asText()).path("status").asText())
                .isEqualTo("CANCELED");
    }

    @Test
    void abortThroughTheShutdownPathCancelsTheRemoteRun() throws Exception {
        Path resultFile = home.resolve("aborted.json");
        BackgroundRun run = runDemoPipelineInBackground("--result-file", resultFile.toString());
        CliRunner runner = run.runner();

        // Exactly what the JVM shutdown hook in Main does on Ctrl-C.
        boolean wasRunning = runner.environment().abortController().abort(Main.ABORT_WAIT);

        assertThat(wasRunning).isTrue();
        assertThat(run.exitCode().get(30, TimeUnit.SECONDS)).as(runner.out() + runner.err())
                .isEqualTo(ExitCodes.ABORTED);
        assertThat(runner.out()).contains("interrupted (Ctrl-C): stopping the remote run");
        assertThat(runDetail(demo.demoPipelineId(), run.runId()).path("status").asText()).isEqualTo("CANCELED");
    }

    @Test
    void waitFollowsAnExistingRunAndNoStopOnAbortLeavesItRunning() throws Exception {
        BackgroundRun started = runDemoPipelineInBackground("--no-stop-on-abort");
        String runId = started.runId();
        started.runner().environment().abortController().abort(Main.ABORT_WAIT);
        assertThat(started.exitCode().get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.ABORTED);
        assertThat(runDetail(demo.demoPipelineId(), runId).path("status").asText()).isNotEqualTo("CANCELED");

        CliRunner waiter = cli();
        CompletableFuture<Integer> waited = CompletableFuture.supplyAsync(() -> waiter.run(follow("wait",
                demo.demoPipelineId(), "--run-id", runId)));
        CliRunner approver = cli();
        assertThat(approver.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId, "--wait", "20s"))
                .as(approver.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(waited.get(40, TimeUnit.SECONDS)).as(waiter.out() + waiter.err()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void approveWithoutAPendingReviewSaysSo() {
        CliRunner cli = cli();
        Path resultFile = home.resolve("failed.json");
        assertThat(cli().run(follow("run", demo.failingPipelineId(), "--result-file", resultFile.toString())))
                .isEqualTo(ExitCodes.REMOTE_FAILURE);
        String runId = readRunId(resultFile);
        assertThat(cli.run("approve", "--pipeline-id", demo.failingPipelineId(), "--run-id", runId))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(cli.err()).contains("No manual review is pending");
    }

    private static String readRunId(Path resultFile) {
        try {
            return CodeArtsJson.mapper().readTree(Files.readString(resultFile)).path("runId").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRunner cli = cli();
        assertThat(cli.run("run", "--progress", "plain")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("Missing required option: '--pipeline-id=ID'");
        assertThat(cli().run("run", "--pipeline-id", "x", "--timeout", "soon")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().run("run", "--pipeline-id", "x", "--branch", "main")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().run("api", "showPipelineRunDetail")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unknownPipelineIsAnErrorWithTheServersCode() {
        CliRunner cli = cli();
        assertThat(cli.run(follow("run", "00000000000000000000000000000000"))).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.err()).startsWith("error: ").contains("DEVPIPE");
    }

    @Test
    void wrongSecretKeyIsAnAuthenticationErrorThatNeverPrintsTheKey() {
        Map<String, String> env = emulatorEnv();
        env.put("HUAWEICLOUD_SDK_AK", "UNKNOWNAKFORTHISTEST");
        env.put("HUAWEICLOUD_SDK_SK", "wrong-secret-key-value");
        CliRunner cli = new CliRunner(env, home);
        assertThat(cli.run("api", "listPipelineRuns", "-p", "pipeline_id=" + demo.demoPipelineId(), "-d",
                "{\"offset\":0,\"limit\":1}")).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.err()).contains("401").doesNotContain("wrong-secret-key-value");
    }

    @Test
    void apiCallsAnyOperationWithIamPasswordCredentialsAndBodyFromStdin() throws Exception {
        Map<String, String> env = emulatorEnv();
        env.remove("HUAWEICLOUD_SDK_AK");
        env.remove("HUAWEICLOUD_SDK_SK");
        env.put("CODEARTS_IAM_USER", demo.userName());
        env.put("CODEARTS_IAM_PASSWORD", demo.password());
        env.put("CODEARTS_IAM_DOMAIN", demo.domainName());
        CliRunner cli = new CliRunner(env, home,
                new ByteArrayInputStream("{\"offset\":0,\"limit\":5}".getBytes(StandardCharsets.UTF_8)));

        assertThat(cli.run("api", "listPipelineRuns", "-p", "pipeline_id=" + demo.demoPipelineId(), "-d", "-"))
                .as(cli.err()).isEqualTo(ExitCodes.SUCCESS);
        JsonNode answer = CodeArtsJson.mapper().readTree(cli.out());
        assertThat(answer.isObject()).isTrue();
        assertThat(cli.out()).doesNotContain(demo.password());
    }

    @Test
    void ideInstanceLifecycle() {
        CliRunner create = cli();
        assertThat(create.run("ide", "create", "--name", "cli-test-ide", "--stack-id", demo.demoStackId(),
                "--poll-interval", "50ms", "--timeout", "30s")).as(create.out() + create.err())
                .isEqualTo(ExitCodes.SUCCESS);
        Matcher created = Pattern.compile("^instance (\\S+) RUNNING", Pattern.MULTILINE).matcher(create.out());
        assertThat(created.find()).as(create.out()).isTrue();
        String instanceId = created.group(1);

        CliRunner status = cli();
        assertThat(status.run("ide", "status", "--instance-id", instanceId)).as(status.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(status.out()).startsWith("instance " + instanceId + " RUNNING");

        CliRunner stop = cli();
        assertThat(stop.run("ide", "stop", "--instance-id", instanceId, "--poll-interval", "50ms"))
                .as(stop.out() + stop.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(stop.out()).contains("instance " + instanceId + " STOPPED");

        CliRunner delete = cli();
        assertThat(delete.run("ide", "delete", "--instance-id", instanceId, "--poll-interval", "50ms"))
                .as(delete.out() + delete.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(delete.out()).contains("DELETED");
    }

    @Test
    void ideTimeoutExitsWithTimeout() {
        CliRunner create = cli();
        // The emulator needs about 20 s of emulated time (0.4 s here) to start an instance: 100 ms is too short.
        assertThat(create.run("ide", "create", "--name", "cli-timeout-ide", "--stack-id", demo.demoStackId(),
                "--poll-interval", "20ms", "--timeout", "100ms")).as(create.out() + create.err())
                .isEqualTo(ExitCodes.TIMEOUT);
    }

    @Test
    void withoutATerminalTheDefaultIsPlainAndTtyCanBeForced() {
        CliRunner auto = cli();
        assertThat(auto.run("run", "--pipeline-id", demo.failingPipelineId(), "--poll-speedup", String.valueOf(SPEED)))
                .isEqualTo(ExitCodes.REMOTE_FAILURE);
        assertThat(auto.out()).contains("FAILED").doesNotContain("\u001B");

        CliRunner forced = cli();
        assertThat(forced.run("run", "--pipeline-id", demo.failingPipelineId(), "--progress", "tty",
                "--poll-speedup", String.valueOf(SPEED))).isEqualTo(ExitCodes.REMOTE_FAILURE);
        assertThat(forced.out()).contains("\u001B[").contains("FAILURE");
    }

    @Test
    void ideCreateNamesTheFlagToFix() {
        CliRunner cli = cli();
        assertThat(cli.run("ide", "create", "--name", "ab", "--stack-id", demo.demoStackId()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("ide create: --name 'ab' has 2 characters; use 3 to 100");
        CliRunner arm = cli();
        assertThat(arm.run("ide", "create", "--name", "arm-ide", "--stack-id", demo.demoStackId(), "--arch", "arm"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(arm.err()).contains("--cpu-memory is '2U4G' with --arch arm");
    }

    @Test
    void missingSkIsAskedForAtTheTerminalAndNeverPrinted() {
        Map<String, String> env = emulatorEnv();
        env.remove("HUAWEICLOUD_SDK_SK");
        java.util.List<String> questions = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        CliEnvironment terminal = new CliEnvironment(env, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), java.io.InputStream.nullInputStream(),
                true, home, question -> {
                    questions.add(question);
                    return java.util.Optional.of(demo.secretKey());
                }, new AbortController(), java.time.Clock.systemUTC());

        int exit = Main.execute(terminal, "api", "listPipelineRuns", "-p", "pipeline_id=" + demo.demoPipelineId(),
                "-d", "{\"offset\":0,\"limit\":1}");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.SUCCESS);
        assertThat(questions).containsExactly("SK for AK " + demo.accessKey());
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .doesNotContain(demo.secretKey());
    }

    @Test
    void throttlingIsRiddenThroughAndTheRetryIsAnnouncedInTheProgressOutput() {
        emulator.faults().on("showPipelineRunDetail").once().status(429).errorBody("APIGW.0308",
                "The throttling threshold has been reached");
        try {
            CliRunner cli = cli();
            assertThat(cli.run(follow("run", demo.failingPipelineId()))).as(cli.out() + cli.err())
                    .isEqualTo(ExitCodes.REMOTE_FAILURE);
            assertThat(cli.out()).contains("retrying showPipelineRunDetail in").contains("429");
        } finally {
            emulator.faults().clear();
        }
    }
}
