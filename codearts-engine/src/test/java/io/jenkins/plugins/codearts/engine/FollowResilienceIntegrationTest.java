package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings.ConcurrencyMode;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Waits that must end, answers that must be checked, and status lines in causal order: the engine against the
 * embedded emulator (or a plain loopback server) over real HTTP.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FollowResilienceIntegrationTest {

    private static final double SPEED = 20;
    private static final String SHORT_STAGES = "[{\"name\":\"Quick\",\"jobs\":[{\"name\":\"job\",\"steps\":"
            + "[{\"name\":\"work\",\"duration\":\"10s\",\"logs\":[\"working\",\"done\"]}]}]}]";
    private static final String LONG_STAGES = "[{\"name\":\"Soak\",\"jobs\":[{\"name\":\"wait\",\"steps\":"
            + "[{\"name\":\"sleep\",\"duration\":\"1h\",\"logs\":[\"started sleeping\"]}]}]}]";
    private static EmulatorFixture fixture;
    private static String logsPipeline;

    @BeforeAll
    static void startEmulator() {
        fixture = new EmulatorFixture(SPEED);
        logsPipeline = fixture.createPipeline("logs", FollowIntegrationTest.logsPipelineStages());
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    @AfterEach
    void clearFaults() {
        fixture.emulator.faults().clear();
        fixture.emulator.settings().concurrencyMode(ConcurrencyMode.QUEUE).maxConcurrentRunsPerPipeline(5000);
    }

    private static StartRunRequest run(String pipeline) {
        return StartRunRequest.builder(fixture.demo.projectId(), pipeline).build();
    }

    private static int runsOf(String pipeline) {
        return new ClientRunApi(fixture.client).recentRuns(fixture.demo.projectId(), pipeline, 50).size();
    }

    // ---------------------------------------------------------------- "not found" on logs and detail

    @Test
    void notFoundOnTheLogAndDetailRoutesLosesNoLine() {
        // Once, then one call in twenty, for as long as the run lasts: each kind of "not found" on each route.
        List<FaultRule> faults = List.of(
                fixture.emulator.faults().on("showStepLogs").once().businessError("DEVCP.00012002",
                        "Related record not in DB"),
                fixture.emulator.faults().on("showStepLogs").probability(0.05).businessError("DEVCP.00012002",
                        "Related record not in DB"),
                fixture.emulator.faults().on("showStepLogs").probability(0.05).status(404),
                fixture.emulator.faults().on("showPipelineRunDetail").once().status(404),
                fixture.emulator.faults().on("showPipelineRunDetail").probability(0.05).businessError(
                        "DEVCP.00012002", "Related record not in DB"));
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(run(logsPipeline), fixture.options(), listener).await();

        assertThat(faults.get(0).fired()).isEqualTo(1);
        assertThat(faults.get(3).fired()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.incompleteLogs()).isFalse();
        assertThat(listener.events(Type.LOG_INCOMPLETE)).isEmpty();
        fixture.assertLogsByteExact(result.run(), listener.lines);
    }

    @Test
    void aDetailThatStaysNotFoundEndsTheFollowAfterTheGracePeriod() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(run(fixture.createPipeline("gone", LONG_STAGES)),
                fixture.options().toBuilder().unreadableLogTimeout(Duration.ofMillis(500)).build(), listener);
        try {
            listener.await(follow, event -> event.type() == Type.STEP_STATUS, 20);
            fixture.emulator.faults().on("showPipelineRunDetail").status(404);
            assertThatThrownBy(follow::await).isInstanceOf(io.jenkins.plugins.codearts.client.CodeArtsNotFoundException.class);
            assertThat(listener.events(Type.POLL_WARNING)).anyMatch(event -> event.message().contains("the run exists"));
        } finally {
            fixture.emulator.faults().clear();
            fixture.engine.followRun(follow.state().run(), fixture.options(), FollowListener.none()).cancel("clean up");
        }
    }

    // ---------------------------------------------------------------- waits that end

    @Test
    void aFollowThatNeverReachesTheServiceFailsSayingWhatWasTried() throws Exception {
        String endpoint = "http://127.0.0.1:" + closedPort();
        try (CodeArtsClient unreachable = fixture.clientFor(endpoint)) {
            CodeArtsEngine engine = new CodeArtsEngine(unreachable, fixture.scheduler);
            RecordingListener listener = new RecordingListener();
            RunFollow follow = engine.followRun(fixture.run(logsPipeline, "0123456789abcdef0123456789abcdef"),
                    fixture.options().toBuilder().unreachableTimeout(Duration.ofSeconds(1)).build(), listener);

            assertThatThrownBy(follow::await).isInstanceOf(FollowException.class)
                    .hasMessageContaining("could not be reached at " + endpoint)
                    .hasMessageContaining("attempts to read the detail of run 0123456789abcdef0123456789abcdef")
                    .hasMessageContaining("never seen, so nothing was stopped");
            assertThat(listener.events(Type.CANCELING)).isEmpty();
            // The reason reaches the console once, by default through onLine.
            assertThat(listener.lines).filteredOn(line -> line.startsWith("Following run ")).singleElement()
                    .asString().contains("stopped: CodeArts could not be reached");
        }
    }

    @Test
    void aFrontEndThatReportsTheFailureItselfCanLeaveOutTheStoppedLine() throws Exception {
        try (CodeArtsClient unreachable = fixture.clientFor("http://127.0.0.1:" + closedPort())) {
            CodeArtsEngine engine = new CodeArtsEngine(unreachable, fixture.scheduler);
            List<String> failed = new CopyOnWriteArrayList<>();
            RecordingListener listener = new RecordingListener() {
                @Override
                public void onFollowFailed(String line) {
                    failed.add(line);
                }
            };
            RunFollow follow = engine.followRun(fixture.run(logsPipeline, "0123456789abcdef0123456789abcdef"),
                    fixture.options().toBuilder().unreachableTimeout(Duration.ofSeconds(1)).build(), listener);

            assertThatThrownBy(follow::await).isInstanceOf(FollowException.class);
            assertThat(failed).singleElement().asString().startsWith("Following run 0123456789abcdef0123456789abcdef")
                    .contains("stopped: CodeArts could not be reached");
            assertThat(listener.lines).noneMatch(line -> line.startsWith("Following run "));
        }
    }

    @Test
    void cancellingAFollowWhoseRunWasNeverSeenStopsNothingAndEndsAtOnce() throws Exception {
        try (CodeArtsClient unreachable = fixture.clientFor("http://127.0.0.1:" + closedPort())) {
            CodeArtsEngine engine = new CodeArtsEngine(unreachable, fixture.scheduler);
            RecordingListener listener = new RecordingListener();
            RunFollow follow = engine.followRun(fixture.run(logsPipeline, "0123456789abcdef0123456789abcdef"),
                    fixture.options(), listener);
            listener.await(follow, Type.POLL_WARNING, 10);
            RunResult result = follow.cancel("interrupted by the user").get(5, TimeUnit.SECONDS);

            assertThat(result.outcome()).isEqualTo(Outcome.ABORTED);
            assertThat(result.message()).contains("was never seen, so nothing was stopped");
            assertThat(listener.events(Type.CANCELING)).isEmpty();
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerWithARunDetailIsAnErrorNamingIt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CodeArtsClient notCodeArts = fixture.clientFor(endpoint)) {
            CodeArtsEngine engine = new CodeArtsEngine(notCodeArts, fixture.scheduler);
            RecordingListener listener = new RecordingListener();
            RunFollow follow = engine.followRun(fixture.run(logsPipeline, "abc"), fixture.options(), listener);

            assertThatThrownBy(follow::await).isInstanceOf(FollowException.class)
                    .hasMessageContaining("showPipelineRunDetail at " + endpoint)
                    .hasMessageContaining("without a run id and a status")
                    .hasMessageContaining("fields present: none");
            assertThat(listener.events(Type.RUN_STARTED)).as("no run page for a run never seen").isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSpurious401AfterTheStartIsRiddenThroughAndTheUrlComesFirst() {
        FaultRule unauthorized = fixture.emulator.faults().on("showPipelineRunDetail").once().status(401);
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(run(logsPipeline), fixture.options(), listener).await();

        assertThat(unauthorized.fired()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(listener.lines.get(0)).startsWith("Started CodeArts run " + result.runId() + ": https://");
        assertThat(listener.events(Type.RUN_STARTED)).hasSize(1);
        assertThat(listener.events(Type.POLL_WARNING)).anyMatch(event -> event.message().contains("401"));
        fixture.assertLogsByteExact(result.run(), listener.lines);
    }

    @Test
    void a401ThatPersistsEndsTheFollowAfterAFewTries() {
        FaultRule unauthorized = fixture.emulator.faults().on("showPipelineRunDetail").status(401);
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(run(fixture.createPipeline("unauthorized", SHORT_STAGES)),
                fixture.options(), listener);

        assertThatThrownBy(follow::await).isInstanceOf(CodeArtsAuthenticationException.class);
        assertThat(unauthorized.fired()).isEqualTo(4);
        assertThat(listener.lines.get(0)).startsWith("Started CodeArts run ");
    }

    // ---------------------------------------------------------------- runPipeline answers

    @Test
    void aBusyAnswerToRunPipelineIsRetriedAndStartsOneRun() {
        String pipeline = fixture.createPipeline("busy", SHORT_STAGES);
        FaultRule busy = fixture.emulator.faults().on("runPipeline").times(2).businessError("DEVPIPE.00011127",
                "System busy, retry later");
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(run(pipeline), fixture.options(), listener).await();

        assertThat(busy.fired()).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(listener.lines).filteredOn(line -> line.contains("no run was created, starting again in"))
                .hasSize(2);
        assertThat(runsOf(pipeline)).isEqualTo(1);
    }

    @Test
    void cancellingWhileRunPipelineIsBusyEndsWithoutARun() throws Exception {
        String pipeline = fixture.createPipeline("busy-cancelled", SHORT_STAGES);
        fixture.emulator.faults().on("runPipeline").businessError("DEVPIPE.00011127", "System busy, retry later");
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(run(pipeline), fixture.options(), listener);
        listener.await(follow, Type.POLL_WARNING, 10);
        follow.cancel("interrupted by the user");

        assertThatThrownBy(follow::await).isInstanceOf(FollowException.class)
                .hasMessage("Cancelled (interrupted by the user) before runPipeline created a run; nothing was started");
        assertThat(runsOf(pipeline)).isZero();
    }

    @Test
    void aRunRejectedByTheConcurrencyLimitSaysNoRunWasCreated() throws Exception {
        String pipeline = fixture.createPipeline("reject", LONG_STAGES);
        fixture.emulator.settings().concurrencyMode(ConcurrencyMode.REJECT).maxConcurrentRunsPerPipeline(1);
        RecordingListener firstListener = new RecordingListener();
        RunFollow first = fixture.engine.startRun(run(pipeline), fixture.options(), firstListener);
        try {
            firstListener.await(first, Type.RUN_STARTED, 10);
            RunFollow second = fixture.engine.startRun(run(pipeline), fixture.options(), FollowListener.none());

            assertThatThrownBy(second::await).isInstanceOf(FollowException.class)
                    .hasMessageContaining("DEVPIPE.00011104").hasMessageContaining("No run was created");
            assertThat(runsOf(pipeline)).isEqualTo(1);
        } finally {
            first.cancel("clean up").get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLostAnswerIsMatchedOnlyToARunCreatedByTheRequest() {
        String pipeline = fixture.createPipeline("lost-among-others", SHORT_STAGES);
        FollowOptions quiet = fixture.options().toBuilder().streamLogs(false).build();
        fixture.engine.startRun(run(pipeline), quiet, FollowListener.none()).await();
        fixture.engine.startRun(run(pipeline), quiet, FollowListener.none()).await();
        FaultRule reset = fixture.emulator.faults().on("runPipeline").once().resetConnection();
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(run(pipeline), fixture.options(), listener).await();

        assertThat(reset.fired()).isEqualTo(1);
        assertThat(result.runNumber()).isEqualTo(3);
        assertThat(listener.lines.get(1)).contains("runPipeline failed").contains("run #3")
                .contains("was started by this request: following it");
        assertThat(runsOf(pipeline)).isEqualTo(3);
    }

    @Test
    void anAnswerThatCreatedNothingListsNoCandidates() {
        String pipeline = fixture.createPipeline("nothing-created", SHORT_STAGES);
        FollowOptions quiet = fixture.options().toBuilder().streamLogs(false).build();
        fixture.engine.startRun(run(pipeline), quiet, FollowListener.none()).await();
        fixture.engine.startRun(run(pipeline), quiet, FollowListener.none()).await();
        FaultRule unavailable = fixture.emulator.faults().on("runPipeline").once().status(503);
        RunFollow follow = fixture.engine.startRun(run(pipeline), fixture.options(), FollowListener.none());

        assertThatThrownBy(follow::await).isInstanceOf(FollowException.class)
                .hasMessageContaining("no run was created")
                .hasMessageNotContaining("could be it");
        assertThat(unavailable.fired()).isEqualTo(1);
        assertThat(runsOf(pipeline)).isEqualTo(2);
    }

    // ---------------------------------------------------------------- causal order and labels

    @Test
    void statusLinesFollowTheRunsCausalOrder() {
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(run(logsPipeline), fixture.options(), listener).await();
        List<String> lines = listener.lines;

        Map<String, String> logs = fixture.fullLogs(result.run());
        for (String step : logs.keySet()) {
            int start = indexOf(lines, "Step \"" + step + "\": RUNNING");
            int end = indexOf(lines, "Step \"" + step + "\": COMPLETED");
            assertThat(start).as("start line of %s", step).isNotNegative();
            assertThat(end).as("end line of %s", step).isGreaterThan(start);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("[" + step + "] ")) {
                    assertThat(i).as("log line of %s between its start and end", step).isBetween(start, end);
                }
            }
        }
        assertThat(indexOf(lines, "Stage \"Build\": COMPLETED")).isLessThan(indexOf(lines, "Stage \"Deploy\": RUNNING"));
        assertThat(indexOf(lines, "Step \"Build › Notify\": COMPLETED"))
                .isLessThan(indexOf(lines, "Stage \"Build\": COMPLETED"));
        assertThat(indexOf(lines, "Step \"Build › compile › mvn\": COMPLETED"))
                .isLessThan(indexOf(lines, "Job \"Build › compile\": COMPLETED"));
        assertThat(indexOf(lines, "Stage \"Deploy\": COMPLETED"))
                .isLessThan(indexOf(lines, "Run #" + result.runNumber() + ": COMPLETED"));
        fixture.assertLogsByteExact(result.run(), lines);
    }

    @Test
    void aPendingReviewIsAnnouncedAfterTheStagesBeforeItEnded() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(run(fixture.demo.demoPipelineId()), fixture.options(), listener);
        FollowEvent review = listener.await(follow, Type.REVIEW_PENDING, 30);
        List<String> seen = new ArrayList<>(listener.lines);
        int reviewAt = seen.indexOf(review.message());
        for (int i = 0; i < reviewAt; i++) {
            String line = seen.get(i);
            if (line.startsWith("Stage \"") && line.endsWith("\": RUNNING")
                    && !line.equals("Stage \"" + review.stageName() + "\": RUNNING")) {
                String stage = line.substring(0, line.length() - "RUNNING".length());
                assertThat(seen.subList(i, reviewAt)).as("end of %s before the review", stage)
                        .anyMatch(later -> later.startsWith(stage + "COMPLETED"));
            }
        }
        fixture.engine.decideReview(follow.state().run(), ReviewDecision.PASS, null, null);
        assertThat(follow.await().outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void interleavedLinesOfParallelJobsAreLabelledWithTheirStep() {
        // Console order as a person sees it, and for each log line the step the engine says it belongs to.
        List<String[]> console = new CopyOnWriteArrayList<>();
        FollowListener listener = new FollowListener() {
            @Override
            public void onLine(String line) {
                console.add(new String[] {line, null});
            }

            @Override
            public void onLogLine(String line, LogSource source) {
                console.add(new String[] {line, source.path()});
            }
        };
        RunResult result = fixture.engine.startRun(run(logsPipeline),
                fixture.options().toBuilder().prefixLines(false).build(), listener).await();

        // Reading the console alone, every log line can be put under the right step.
        Map<String, List<String>> byStep = new LinkedHashMap<>();
        String current = null;
        int labels = 0;
        for (String[] entry : console) {
            String line = entry[0];
            if (entry[1] != null) {
                assertThat(current).as("step named before the line '%s'", line).isEqualTo(entry[1]);
                byStep.computeIfAbsent(current, step -> new ArrayList<>()).add(line);
            } else if (line.startsWith("» ")) {
                current = line.substring(2);
                labels++;
            } else if (line.startsWith("Step \"") && line.endsWith("\": RUNNING")) {
                current = line.substring("Step \"".length(), line.length() - "\": RUNNING".length());
            } else {
                current = null;
            }
        }
        assertThat(labels).as("parallel jobs interleaved at least once").isPositive();
        List<String> prefixed = new ArrayList<>();
        byStep.forEach((step, stepLines) -> stepLines.forEach(line -> prefixed.add("[" + step + "] " + line)));
        fixture.assertLogsByteExact(result.run(), prefixed);
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
