package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors exit 2 with one line naming the flag, the value and the fix, and are found before anything is started
 * remotely; messages carry no Java class names and no ISO-8601 durations.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CommandLineChecksTest {

    /** A Java class name at the start of a message or after a space: "BindException:", "java.net.Foo". */
    static final Pattern CLASS_NAME = Pattern.compile("(^|\\s)([a-z]+\\.)*[A-Z]\\w*(Exception|Error)\\b");
    static final Pattern ISO_DURATION = Pattern.compile("\\bPT\\d");

    @RegisterExtension
    static final CliEmulator codearts = new CliEmulator();
    static final CodeArtsEmulator emulator = codearts.emulator;
    static final DemoAccount demo = codearts.demo;

    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(CliEmulator.env(emulator), home);
    }

    /** Runs the command, expects exit 2 and one clean error line, and returns stderr. */
    private String usageError(String... args) {
        CliRunner cli = cli();
        int exit = cli.run(args);
        assertThat(exit).as(String.join(" ", args) + "\n" + cli.out() + cli.err()).isEqualTo(ExitCodes.USAGE);
        assertClean(cli.err());
        assertThat(cli.err().lines().filter(line -> line.startsWith("error: ")).count()).isEqualTo(1);
        return cli.err();
    }

    static void assertClean(String text) {
        assertThat(CLASS_NAME.matcher(text).find()).as("class name in: " + text).isFalse();
        assertThat(ISO_DURATION.matcher(text).find()).as("ISO-8601 duration in: " + text).isFalse();
    }

    private int runCount(String pipelineId) throws Exception {
        CliRunner list = cli();
        assertThat(list.run("runs", "list", "--pipeline-id", pipelineId, "--json")).isEqualTo(ExitCodes.SUCCESS);
        return CodeArtsJson.mapper().readTree(list.out()).size();
    }

    @Test
    void malformedAndEmptyIdsAreUsageErrors() {
        assertThat(usageError("wait", "--pipeline-id", "../x", "--run-id", "r"))
                .contains("invalid --pipeline-id '../x'");
        assertThat(usageError("wait", "--pipeline-id", "", "--run-id", "r")).contains("--pipeline-id");
        assertThat(usageError("api", "showPipelineRunDetail", "-p", "pipeline_id=", "-q", "pipeline_run_id=1"))
                .contains("invalid pipeline_id ''");
        assertThat(usageError("approve", "--pipeline-id", "p", "--run-id", "a b")).contains("--run-id 'a b'");
        assertThat(usageError("ide", "start", "--instance-id", "x/y")).contains("--instance-id 'x/y'");
        assertThat(usageError("logs", "--pipeline-id", "p", "--run-id", "?")).contains("--run-id '?'");
    }

    @Test
    void badValuesAreRefusedBeforeAnyRunStarts() throws Exception {
        int before = runCount(demo.demoPipelineId());
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--result-file", "/proc/1/nope/r.json"))
                .contains("--result-file /proc/1/nope/r.json cannot be written");
        Path directory = Files.createDirectories(home.resolve("a-directory"));
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--result-file", directory.toString()))
                .contains("is a directory");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--var", "NAME="))
                .contains("--var NAME= has an empty value");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--var", "NAME"))
                .contains("--var NAME has no '='; write --var NAME=VALUE").doesNotContain("option option");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--var", "=x")).contains("has no name");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--repo-url", "not a url", "--branch",
                "main")).contains("--repo-url 'not a url'").contains("HTTPS clone URL");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--repo-url", "ftp://host/r.git",
                "--branch", "main")).contains("is not an HTTPS address");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--interval", "10ms"))
                .contains("--interval 10 ms is out of range");
        assertThat(usageError("run", "--pipeline-id", demo.demoPipelineId(), "--poll-speedup", "abc"))
                .contains("--poll-speedup");
        assertThat(runCount(demo.demoPipelineId())).isEqualTo(before);
    }

    @Test
    void resultFileInANewDirectoryIsWrittenAndAValidRepoUrlIsAccepted() throws Exception {
        Path result = home.resolve("new/dir/result.json");
        CliRunner cli = cli();
        assertThat(cli.run("run", "--pipeline-id", demo.failingPipelineId(), "--progress", "plain", "--poll-speedup",
                String.valueOf(CliEmulator.SPEED), "--result-file", result.toString(), "--var", "ENV=staging",
                "--repo-url", "https://codehub.example.com/group/app.git", "--branch", "main"))
                .as(cli.err()).isEqualTo(ExitCodes.REMOTE_FAILURE);
        JsonNode json = CodeArtsJson.mapper().readTree(Files.readString(result));
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void messagesNameFlagsNotJavaFields() throws Exception {
        CliRunner proxy = cli();
        assertThat(proxy.run("runs", "list", "--pipeline-id", "p", "--proxy", "proxy:3128")).isEqualTo(ExitCodes.ERROR);
        assertThat(proxy.err()).contains("give the proxy's URL such as http://proxy.example.com:3128")
                .doesNotContain("cloudpipeline");

        CliRunner proxyPort = cli();
        assertThat(proxyPort.run("runs", "list", "--pipeline-id", "p", "--proxy", "http://proxy:abc")).isEqualTo(ExitCodes.ERROR);
        assertThat(proxyPort.err()).contains("proxy 'http://proxy:abc' (from --proxy) has a port that is not a number");
        CliRunner endpointPort = cli();
        assertThat(endpointPort.run("runs", "list", "--pipeline-id", "p", "--endpoint", "http://h:99999"))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(endpointPort.err()).contains("endpoint 'http://h:99999' (from --endpoint) has port 99999, above 65535");

        CliRunner deadProxy = cli();
        assertThat(deadProxy.run("runs", "list", "--pipeline-id", "p", "--proxy", "http://127.0.0.1:" + freePort()))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(deadProxy.err()).startsWith("error: cannot reach the proxy 127.0.0.1:").contains("--proxy");
        assertClean(deadProxy.err());

        Map<String, String> env = CliEmulator.env(emulator);
        env.remove("CODEARTS_ENDPOINT");
        CliRunner region = new CliRunner(env, home);
        assertThat(region.run("runs", "list", "--pipeline-id", "p", "--region", "xx-nowhere-9")).isEqualTo(ExitCodes.ERROR);
        assertThat(region.err()).contains("--pipeline-endpoint").doesNotContain("pipelineEndpoint");
        assertClean(region.err());
    }

    @Test
    void severalPendingReviewsNameTheFlags() throws Exception {
        CliRunner runner = cli();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> runner.run("run", "--pipeline-id",
                demo.demoPipelineId(), "--progress", "plain", "--poll-speedup", String.valueOf(CliEmulator.SPEED)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!runner.out().contains("--run-id ") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String runId = runner.out().replaceAll("(?s).*--run-id ([0-9a-zA-Z-]+).*", "$1");
        CliRunner wrong = cli();
        assertThat(wrong.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId, "--job-run-id", "j"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--job-run-id and --step-run-id go together");
        CliRunner approve = cli();
        assertThat(approve.run("approve", "--pipeline-id", demo.demoPipelineId(), "--run-id", runId))
                .as(approve.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.get(40, TimeUnit.SECONDS)).isEqualTo(ExitCodes.SUCCESS);
        assertThat(ApproveCommand.flagNames("2 manual reviews are pending in run r: \"A\" jobRunId=j1 stepRunId=s1;"
                + " \"B\" jobRunId=j2 stepRunId=s2. Give jobRunId and stepRunId to choose one"))
                .contains("--job-run-id j1 --step-run-id s1").endsWith("Give --job-run-id and --step-run-id to choose one");
    }

    @Test
    void anErrorOfAFollowIsPrintedOnceOnStderr() {
        CliRunner cli = cli();
        assertThat(cli.run("wait", "--pipeline-id", demo.demoPipelineId(), "--run-id", "nope", "--progress", "plain"))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(cli.out()).doesNotContain("has no run");
        assertThat(cli.err()).startsWith("error: Following run nope of pipeline").contains("has no run 'nope'");
        assertThat(cli.err().lines().count()).isEqualTo(1);
        assertClean(cli.err());
    }

    @Test
    void emulatorOnAPortInUseNamesThePortAndSuggestsPortZero() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRunner cli = new CliRunner(Map.of(), home);
            assertThat(cli.run("emulator", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(ExitCodes.ERROR);
            assertThat(cli.err()).isEqualTo("error: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use;"
                    + " stop what listens there, or choose another with --port N (--port 0 picks a free one)\n");
        }
        CliRunner badScenario = new CliRunner(Map.of(), home);
        Path scenario = Files.writeString(home.resolve("bad.yaml"), "pipelines: [ {");
        assertThat(badScenario.run("emulator", "--port", "0", "--scenario", scenario.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertClean(badScenario.err());
        assertThat(new CliRunner(Map.of(), home).run("emulator", "--max-runs-per-pipeline", "0"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void emulatorAppliesConcurrencyAndAkLockFlags() throws Exception {
        CliRunner emulatorCli = new CliRunner(Map.of(), home);
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> emulatorCli.run("emulator", "--port",
                "0", "--speed", "50", "--max-runs-per-pipeline", "1", "--max-runs-per-tenant", "3",
                "--concurrency-mode", "reject", "--review-timeout", "90", "--review-timeout-outcome", "pass",
                "--ide-start-delay", "5s", "--ak-lock", "2m", "--ak-lock-after", "3"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!emulatorCli.out().contains("Press Ctrl-C") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String baseUrl = emulatorCli.out().replaceAll("(?s).*listening on (http://[0-9.:]+).*", "$1");
        java.net.http.HttpResponse<String> settings = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/_emulator/settings")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        JsonNode values = CodeArtsJson.mapper().readTree(settings.body());
        assertThat(values.path("max_concurrent_runs_per_pipeline").asInt()).isEqualTo(1);
        assertThat(values.path("max_concurrent_runs_per_tenant").asInt()).isEqualTo(3);
        assertThat(values.path("concurrency_mode").asText()).isEqualTo("REJECT");
        assertThat(values.path("review_timeout_ms").asLong()).isEqualTo(90_000);
        assertThat(values.path("review_timeout_outcome").asText()).isEqualTo("PASS");
        assertThat(values.path("ide_start_delay_ms").asLong()).isEqualTo(5_000);
        assertThat(values.path("ak_lock_duration_ms").asLong()).isEqualTo(120_000);
        assertThat(values.path("max_signature_failures").asInt()).isEqualTo(3);
        assertThat(emulatorCli.environment().abortController().abort(java.time.Duration.ofSeconds(5))).isTrue();
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void aServerThatNeverAnswersIsAnnouncedWhileTheCliWaits() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Map<String, String> env = CliEmulator.env(emulator);
            env.put("CODEARTS_ENDPOINT", "http://127.0.0.1:" + silent.getLocalPort());
            CliRunner cli = new CliRunner(env, home);
            // Left to its own timeouts on a daemon thread once the notice has been seen.
            CompletableFuture.runAsync(() -> cli.run("pipelines", "list"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!cli.err().contains("still waiting") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cli.err()).contains("still waiting for an answer from 127.0.0.1:" + silent.getLocalPort()
                    + " (5 s so far; each try gives up after 30 s)");
        }
    }

    @Test
    void mapOptionsWithoutEqualsAndBadDurationsSayWhatToWrite() {
        assertThat(usageError("api", "showPipelineRunDetail", "-p", "x"))
                .contains("error: --path x is not NAME=VALUE; write e.g. --path NAME=VALUE");
        // The accepted ISO-8601 form is quoted as typed, not rewritten.
        CliRunner duration = cli();
        assertThat(duration.run("run", "--pipeline-id", "p", "--timeout", "soon")).isEqualTo(ExitCodes.USAGE);
        assertThat(duration.err()).contains("'soon' is not a duration; use e.g. 90s, 30m, 1h30m or PT30M");
    }

    @Test
    void typosGetASuggestionAndNumbersAreNamedPlainly() {
        assertThat(usageError("rnu")).contains("error: unknown command or argument 'rnu'").contains("did you mean: run, runs?");
        assertThat(usageError("emulator", "--port", "abc")).contains("'abc' is not a whole number");
        assertThat(usageError("emulator", "--speed", "fast")).contains("'fast' is not a number");
    }

    @Test
    void aFollowThatNeverReachesCodeArtsEndsWithinItsBoundAndStopsNothing() throws Exception {
        CliRunner cli = cli();
        int exit = cli.run("wait", "--pipeline-id", demo.demoPipelineId(), "--run-id", "99f30b6fcd1e43499d5ffb1bf114ee40",
                "--endpoint", "http://127.0.0.1:" + freePort(), "--unreachable-timeout", "1s", "--progress", "plain");
        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.err()).contains("could not be reached", "never seen, so nothing was stopped");
        assertClean(cli.err());
        assertThat(usageError("wait", "--pipeline-id", "p", "--run-id", "r", "--unreachable-timeout", "25h"))
                .contains("--unreachable-timeout 1 d 1 h is out of range");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
