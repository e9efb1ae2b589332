package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs list, pipelines list, stop, retry, logs, auth status, --json, --interval, --debug and completion against a
 * real emulator on loopback.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RunManagementCommandsTest {

    static final int SPEED = CliEmulator.SPEED;

    @RegisterExtension
    static final CliEmulator codearts = new CliEmulator();
    static final CodeArtsEmulator emulator = codearts.emulator;
    static final DemoAccount demo = codearts.demo;
    /** A finished run of the failing pipeline, shared by the read-only tests. */
    static String failedRunId;

    @TempDir
    Path home;

    @BeforeAll
    static void failARun(@TempDir Path setupHome) throws Exception {
        CliRunner cli = new CliRunner(env(), setupHome);
        assertThat(cli.run("run", "--pipeline-id", demo.failingPipelineId(), "--progress", "plain", "--poll-speedup",
                String.valueOf(SPEED), "--json")).as(cli.err()).isEqualTo(ExitCodes.REMOTE_FAILURE);
        JsonNode result = CodeArtsJson.mapper().readTree(cli.out());
        failedRunId = result.path("runId").asText();
        assertThat(result.path("outcome").asText()).isEqualTo("FAILURE");
    }

    static Map<String, String> env() {
        return CliEmulator.env(emulator);
    }

    private CliRunner cli() {
        return new CliRunner(env(), home);
    }

    @Test
    void runJsonPrintsOnlyTheResultOnStdoutAndTheFailureSummaryOnStderr() throws Exception {
        CliRunner cli = cli();
        assertThat(cli.run("run", "--pipeline-id", demo.failingPipelineId(), "--progress", "plain", "--poll-speedup",
                String.valueOf(SPEED), "--interval", "1s", "--json")).isEqualTo(ExitCodes.REMOTE_FAILURE);
        JsonNode result = CodeArtsJson.mapper().readTree(cli.out());
        assertThat(result.path("status").asText()).isEqualTo("FAILED");
        assertThat(result.path("stages")).isNotEmpty();
        assertThat(cli.err()).contains("stages: ✓ Build COMPLETED  ✗ Test FAILED")
                .contains("✗ failed step: Test › Unit tests › Run unit tests")
                .contains("last log lines before step Test › Unit tests › Run unit tests failed:")
                .contains("BUILD FAILURE");
    }

    @Test
    void runsListShowsRunsAndFiltersByStatus() throws Exception {
        CliRunner table = cli();
        assertThat(table.run("runs", "list", "--pipeline-id", demo.failingPipelineId())).as(table.err())
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(table.out()).startsWith("RUN    STATUS").contains(failedRunId).contains("FAILED");

        CliRunner onlyRunning = cli();
        assertThat(onlyRunning.run("runs", "list", "--pipeline-id", demo.failingPipelineId(), "--status", "running"))
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(onlyRunning.out()).doesNotContain(failedRunId);
        assertThat(onlyRunning.err()).contains("no runs with status RUNNING");

        CliRunner json = cli();
        assertThat(json.run("runs", "list", "--pipeline-id", demo.failingPipelineId(), "--status", "FAILED,canceled",
                "--json")).isEqualTo(ExitCodes.SUCCESS);
        JsonNode runs = CodeArtsJson.mapper().readTree(json.out());
        assertThat(runs.isArray()).isTrue();
        runs.forEach(run -> assertThat(run.path("status").asText()).isIn("FAILED", "CANCELED"));
        assertThat(runs.findValuesAsText("pipeline_run_id")).contains(failedRunId);

        CliRunner bad = cli();
        assertThat(bad.run("runs", "list", "--pipeline-id", demo.failingPipelineId(), "--status", "done"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--status done is not a run status; use INIT, QUEUED, RUNNING");
    }

    @Test
    void pipelinesListShowsTheDemoPipelines() throws Exception {
        CliRunner table = cli();
        assertThat(table.run("pipelines", "list")).as(table.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(table.out()).contains(demo.demoPipelineId(), demo.failingPipelineId());
        CliRunner json = cli();
        assertThat(json.run("pipelines", "list", "--name", "failing", "--json")).isEqualTo(ExitCodes.SUCCESS);
        JsonNode pipelines = CodeArtsJson.mapper().readTree(json.out());
        List<String> ids = new ArrayList<>();
        pipelines.forEach(pipeline -> ids.add(pipeline.path("pipeline_id").asText()));
        assertThat(ids).containsExactly(demo.failingPipelineId());
    }

    @Test
    void logsPrintsTheStepsInOrderAndFiltersThem() {
        CliRunner all = cli();
        assertThat(all.run("logs", "--pipeline-id", demo.failingPipelineId(), "--run-id", failedRunId))
                .as(all.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(all.out()).contains("== Build › Compile › Maven build (COMPLETED)", "BUILD SUCCESS",
                "== Test › Unit tests › Run unit tests (FAILED)", "BUILD FAILURE");
        assertThat(all.out().indexOf("BUILD SUCCESS")).isLessThan(all.out().indexOf("BUILD FAILURE"));

        CliRunner filtered = cli();
        assertThat(filtered.run("logs", "--pipeline-id", demo.failingPipelineId(), "--run-id", failedRunId,
                "--stage", "test", "--job", "unit", "--step", "RUN UNIT", "--prefix")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(filtered.out()).contains("[Test › Unit tests › Run unit tests] ").contains("BUILD FAILURE")
                .doesNotContain("BUILD SUCCESS").doesNotContain("== ");

        CliRunner none = cli();
        assertThat(none.run("logs", "--pipeline-id", demo.failingPipelineId(), "--run-id", failedRunId, "--step",
                "deploy to mars")).isEqualTo(ExitCodes.ERROR);
        assertThat(none.err()).contains("no step of run " + failedRunId + " matches --step deploy to mars");
    }

    @Test
    void logsFollowStreamsOnlyTheChosenStepUntilTheRunEnds() {
        CliRunner cli = cli();
        int exit = cli.run("run", "--pipeline-id", demo.failingPipelineId(), "--progress", "plain", "--poll-speedup",
                String.valueOf(SPEED), "--no-logs", "--json");
        assertThat(exit).isEqualTo(ExitCodes.REMOTE_FAILURE);
        String runId;
        try {
            runId = CodeArtsJson.mapper().readTree(cli.out()).path("runId").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        CliRunner follower = cli();
        assertThat(follower.run("logs", "--pipeline-id", demo.failingPipelineId(), "--run-id", runId, "--follow",
                "--step", "maven build", "--poll-speedup", String.valueOf(SPEED))).as(follower.err())
                .isEqualTo(ExitCodes.REMOTE_FAILURE);
        assertThat(follower.out()).contains("BUILD SUCCESS").doesNotContain("BUILD FAILURE")
                .doesNotContain("Stage \"");
        assertThat(follower.err()).contains("run " + runId + " ended: FAILED");
    }

    @Test
    void stopEndsARunningRunAndRetryRunsAFailedOneAgain() throws Exception {
        CliRunner runner = cli();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> runner.run("run", "--pipeline-id",
                demo.demoPipelineId(), "--progress", "plain", "--poll-speedup", String.valueOf(SPEED),
                "--no-stop-on-abort"));
        String runId = CliEmulator.awaitRunId(runner, Duration.ofSeconds(30));

        CliRunner stopper = cli();
        assertThat(stopper.run("stop", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId, "--interval",
                "50ms", "--json")).as(stopper.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(CodeArtsJson.mapper().readTree(stopper.out()).path("status").asText()).isEqualTo("CANCELED");
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.ABORTED);

        CliRunner again = cli();
        assertThat(again.run("stop", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId))
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(again.out()).contains("has already ended: CANCELED; nothing to stop");

        CliRunner retry = cli();
        assertThat(retry.run("retry", "--pipeline-id", demo.failingPipelineId(), "--run-id", failedRunId))
                .as(retry.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(retry.out()).contains("retrying run " + failedRunId + "; follow it with: codearts wait");
        CliRunner waiter = cli();
        assertThat(waiter.run("wait", "--pipeline-id", demo.failingPipelineId(), "--run-id", failedRunId,
                "--progress", "plain", "--poll-speedup", String.valueOf(SPEED), "--json"))
                .isEqualTo(ExitCodes.REMOTE_FAILURE);
        assertThat(CodeArtsJson.mapper().readTree(waiter.out()).path("runId").asText()).isEqualTo(failedRunId);
    }

    @Test
    void approveJsonReportsTheDecision() throws Exception {
        CliRunner runner = cli();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> runner.run("run", "--pipeline-id",
                demo.demoPipelineId(), "--progress", "plain", "--poll-speedup", String.valueOf(SPEED)));
        String runId = CliEmulator.awaitRunId(runner, Duration.ofSeconds(30));
        CliRunner approver = cli();
        assertThat(approver.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId, "--json"))
                .as(approver.err()).isEqualTo(ExitCodes.SUCCESS);
        JsonNode decision = CodeArtsJson.mapper().readTree(approver.out());
        assertThat(decision.path("accepted").asBoolean()).isTrue();
        assertThat(decision.path("decision").asText()).isEqualTo("PASS");
        assertThat(running.get(40, TimeUnit.SECONDS)).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void authStatusSaysWhoAndWhetherTheCredentialsWork() throws Exception {
        CliRunner ok = cli();
        assertThat(ok.run("auth", "status")).as(ok.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(ok.out()).contains("access key " + demo.accessKey(), "region            cn-north-4",
                "✓ CodeArts Pipeline accepted the credentials for project " + demo.projectId());

        Map<String, String> wrong = env();
        wrong.put("HUAWEICLOUD_SDK_SK", "not-the-right-secret-key-1234");
        CliRunner bad = new CliRunner(wrong, home);
        assertThat(bad.run("auth", "status", "--json")).isEqualTo(ExitCodes.ERROR);
        JsonNode facts = CodeArtsJson.mapper().readTree(bad.out());
        assertThat(facts.path("works").asBoolean()).isFalse();
        assertThat(facts.path("check").asText()).contains("Check the credentials");
        assertThat(bad.out() + bad.err()).doesNotContain("not-the-right-secret-key-1234");
    }

    @Test
    void debugTracesHttpWithCredentialHeadersRedacted() {
        CliRunner cli = cli();
        assertThat(cli.run("runs", "list", "--pipeline-id", demo.failingPipelineId(), "--debug")).as(cli.err())
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.err()).contains("debug: > POST " + emulator.baseUrl() + "/v5/" + demo.projectId())
                .contains("debug: > Authorization: <redacted>").contains("debug: < 200")
                .contains("\"pipeline_runs\"").doesNotContain(demo.secretKey()).doesNotContain("SDK-HMAC-SHA256 Access");

        Map<String, String> iam = env();
        iam.remove("HUAWEICLOUD_SDK_AK");
        iam.remove("HUAWEICLOUD_SDK_SK");
        iam.put("CODEARTS_IAM_USER", demo.userName());
        iam.put("CODEARTS_IAM_DOMAIN", demo.domainName());
        iam.put("CODEARTS_IAM_PASSWORD", demo.password());
        CliRunner token = new CliRunner(iam, home);
        assertThat(token.run("pipelines", "list", "--debug")).as(token.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(token.err()).contains("debug: < X-Subject-Token: <redacted>")
                .contains("debug: > X-Auth-Token: <redacted>").doesNotContain(demo.password());
    }

    @Test
    void ideListAndJsonOutput() throws Exception {
        CliRunner create = cli();
        assertThat(create.run("ide", "create", "--name", "list-me", "--stack-id", demo.demoStackId(), "--interval",
                "50ms", "--json")).as(create.err()).isEqualTo(ExitCodes.SUCCESS);
        JsonNode created = CodeArtsJson.mapper().readTree(create.out());
        String instanceId = created.path("instanceId").asText();
        assertThat(created.path("status").asText()).isEqualTo("RUNNING");

        CliRunner list = cli();
        assertThat(list.run("ide", "list")).as(list.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(list.out()).startsWith("INSTANCE ID").contains(instanceId, "list-me", "RUNNING");
        CliRunner json = cli();
        assertThat(json.run("ide", "list", "--search", "list-me", "--json")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(CodeArtsJson.mapper().readTree(json.out()).findValuesAsText("id")).contains(instanceId);

        CliRunner badId = cli();
        assertThat(badId.run("ide", "status", "--instance-id", "../x")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        CliRunner cli = cli();
        assertThat(cli.run("completion", "bash")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(cli.out()).contains("complete -F _complete_codearts").contains("runs").contains("--pipeline-id")
                .contains("--status");
        CliRunner zsh = cli();
        assertThat(zsh.run("completion", "zsh")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(zsh.out()).startsWith("autoload -U +X compinit");
        assertThat(cli().run("completion", "fish")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyNewCommandHasHelpWithExamples() {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"runs", "list"});
        commands.add(new String[] {"pipelines", "list"});
        commands.add(new String[] {"ide", "list"});
        commands.add(new String[] {"stop"});
        commands.add(new String[] {"retry"});
        commands.add(new String[] {"logs"});
        commands.add(new String[] {"auth", "status"});
        commands.add(new String[] {"completion"});
        commands.add(new String[] {"emulator"});
        for (String[] command : commands) {
            CliRunner cli = cli();
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(cli.run(args)).isEqualTo(ExitCodes.SUCCESS);
            assertThat(cli.out()).as(String.join(" ", command)).contains("Example").contains("  codearts "
                    + command[0]);
        }
    }
}
