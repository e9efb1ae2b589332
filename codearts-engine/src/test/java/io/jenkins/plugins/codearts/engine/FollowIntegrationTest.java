package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.engine.FailureMode.Verdict;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine against the embedded emulator over loopback, twenty times faster than real time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FollowIntegrationTest {

    private static final double SPEED = 20;
    private static EmulatorFixture fixture;
    private static String logsPipeline;
    private static String longPipeline;

    @BeforeAll
    static void startEmulator() {
        fixture = new EmulatorFixture(SPEED);
        logsPipeline = fixture.createPipeline("logs", logsPipelineStages());
        longPipeline = fixture.createPipeline("long", "[{\"name\":\"Soak\",\"jobs\":[{\"name\":\"wait\",\"steps\":"
                + "[{\"name\":\"sleep\",\"duration\":\"1h\",\"logs\":[\"started sleeping\",\"still sleeping\"]}]}]}]");
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    /** Two stages with entry and exit steps, two parallel jobs, unicode, and a line far above maxLineChars. */
    static String logsPipelineStages() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode stages = json.arrayNode();
        ObjectNode build = stages.addObject().put("name", "Build");
        build.putArray("pre").addObject().put("name", "Trigger").put("duration", "1s").putArray("logs")
                .add("triggered by the engine test");
        ArrayNode jobs = build.putArray("jobs");
        ArrayNode compileSteps = jobs.addObject().put("name", "compile").putArray("steps");
        compileSteps.addObject().put("name", "checkout").put("duration", "4s").set("logs", lines("checkout", 60));
        ArrayNode mvnLogs = lines("mvn", 300);
        mvnLogs.insert(150, "x".repeat(10_000) + " end of a very long line");
        mvnLogs.insert(10, "unicode: 构建成功 ✓ — ünïcødé 😀");
        compileSteps.addObject().put("name", "mvn").put("duration", "10s").set("logs", mvnLogs);
        jobs.addObject().put("name", "lint").putArray("steps").addObject().put("name", "eslint")
                .put("duration", "6s").set("logs", lines("eslint", 80));
        build.putArray("post").addObject().put("name", "Notify").put("duration", "1s").putArray("logs")
                .add("notified");
        ObjectNode deploy = stages.addObject().put("name", "Deploy");
        deploy.putArray("jobs").addObject().put("name", "release").putArray("steps").addObject()
                .put("name", "upload").put("duration", "4s").set("logs", lines("upload", 40));
        return stages.toString();
    }

    private static ArrayNode lines(String what, int count) {
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        for (int i = 1; i <= count; i++) {
            lines.add(what + " line " + i + " of " + count);
        }
        return lines;
    }

    /** Lines the follow printed for each step (prefix removed), compared with the step's whole log. */
    private static void assertLogsByteExact(RunRef run, List<String> console) {
        fixture.assertLogsByteExact(run, console);
    }

    private static StartRunRequest logsRun(String description) {
        return StartRunRequest.builder(fixture.demo.projectId(), logsPipeline)
                .description(description)
                .variable("GREETING", "hello")
                .build();
    }

    @Test
    void startsARunPrintsItsUrlFirstStreamsEveryStepAndReturnsTheResult() {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(logsRun("engine: happy path"), fixture.options(), listener);
        RunResult result = follow.await();
        listener.lines.forEach(System.out::println); // a sample console, kept in the surefire report

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.runNumber()).isPositive();
        assertThat(result.url()).isNotBlank();
        assertThat(result.startTime()).isPositive();
        assertThat(result.endTime()).isGreaterThanOrEqualTo(result.startTime());
        assertThat(result.stages()).extracting(StageResult::name, StageResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Build", "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple("Deploy", "COMPLETED"));
        assertThat(listener.lines.get(0)).startsWith("Started CodeArts run #" + result.runNumber() + ": ")
                .endsWith(result.url());
        assertLogsByteExact(result.run(), listener.lines);
        // One status line per transition: the mvn step was seen running and completed, once each.
        assertThat(listener.lines).filteredOn(line -> line.startsWith("Step \"Build › compile › mvn\": RUNNING"))
                .hasSize(1);
        assertThat(listener.lines).filteredOn(line -> line.startsWith("Step \"Build › compile › mvn\": COMPLETED"))
                .hasSize(1);
        assertThat(listener.lines).filteredOn(line -> line.startsWith("Stage \"Deploy\": COMPLETED")).hasSize(1);
        assertThat(listener.events(Type.FINISHED)).hasSize(1);
        assertThat(follow.state().phase()).isEqualTo(FollowState.Phase.DONE);
        assertThat(listener.states).isNotEmpty();
        assertThat(listener.states.get(listener.states.size() - 1)).isEqualTo(follow.state());
        Map<String, Object> map = result.toMap();
        assertThat(map).containsKeys("runId", "runNumber", "status", "url", "startTime", "endTime", "stages",
                "artifacts", "outcome");
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("429 with Retry-After", (Consumer<FaultRule>) rule -> rule.status(429)
                        .retryAfterSeconds(1)),
                Arguments.of("503", (Consumer<FaultRule>) rule -> rule.status(503)),
                Arguments.of("connection reset", (Consumer<FaultRule>) FaultRule::resetConnection),
                Arguments.of("truncated body", (Consumer<FaultRule>) FaultRule::truncateBody),
                Arguments.of("slow answers", (Consumer<FaultRule>) rule -> rule.delay(Duration.ofMillis(400))),
                // "Not found" for a run or step that the run detail shows exists is transient too.
                Arguments.of("HTTP 404", (Consumer<FaultRule>) rule -> rule.status(404)),
                Arguments.of("HTTP-200 DEVCP.00012002", (Consumer<FaultRule>) rule -> rule
                        .businessError("DEVCP.00012002", "Related record not in DB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void logsStayByteExactUnderInjectedFaults(String name, Consumer<FaultRule> fault) {
        // Five failures in a row outlast the client's four attempts, so the engine itself must ride one poll out;
        // after that, three in ten calls fail at random for the rest of the run.
        FaultRule burstOnDetail = fixture.emulator.faults().on("showPipelineRunDetail").times(5);
        FaultRule burstOnLogs = fixture.emulator.faults().on("showStepLogs").times(5);
        FaultRule onLogs = fixture.emulator.faults().on("showStepLogs").probability(0.3);
        FaultRule onDetail = fixture.emulator.faults().on("showPipelineRunDetail").probability(0.3);
        List.of(burstOnDetail, burstOnLogs, onLogs, onDetail).forEach(fault);
        try {
            RecordingListener listener = new RecordingListener();
            // The fixture's 20x speed also scales the give-up bound for unreadable logs down to 6 s of wall time,
            // which a loaded CI machine can spend on a handful of attempts; these faults are transient, so keep the
            // real default (giving up is tested in FollowResilienceIntegrationTest).
            FollowOptions options = fixture.options().toBuilder().unreadableLogTimeout(Duration.ofMinutes(2)).build();
            RunResult result = fixture.engine.startRun(logsRun("engine: faults " + name), options, listener).await();
            assertThat(burstOnDetail.fired()).as("detail faults injected").isPositive();
            assertThat(burstOnLogs.fired()).as("log faults injected").isPositive();
            if (!name.equals("slow answers")) {
                assertThat(listener.events(Type.POLL_WARNING)).as("polls that failed after the client's retries")
                        .isNotEmpty();
            }
            assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(result.incompleteLogs()).as("every line was read in the end").isFalse();
            assertLogsByteExact(result.run(), listener.lines);
        } finally {
            fixture.emulator.faults().clear();
        }
    }

    @Test
    void resumesFromASerializedStateWithoutRepeatingOrLosingALine() throws Exception {
        RecordingListener first = new RecordingListener();
        // Save the state as a Jenkins step would, and remember how much console output it accounts for.
        List<Object[]> saved = new ArrayList<>();
        FollowListener saving = new FollowListener() {
            @Override
            public void onLine(String line) {
                first.onLine(line);
            }

            @Override
            public void onStateChanged(FollowState state) {
                if (saved.isEmpty() && state.logBytes() > 2_000) {
                    try {
                        saved.add(new Object[] {FollowStateTest.serialize(state), first.lines.size()});
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        FollowOptions options = fixture.options().toBuilder().stopOnCancel(false).build();
        RunFollow crashed = fixture.engine.startRun(logsRun("engine: resume"), options, saving);
        while (saved.isEmpty() && !crashed.result().isDone()) {
            Thread.sleep(10);
        }
        crashed.cancel("simulated controller restart").get(10, TimeUnit.SECONDS);
        assertThat(saved).as("a state was saved mid-run").isNotEmpty();

        // What survived the "crash": console output up to the save, and the saved bytes.
        List<String> console = new ArrayList<>(first.lines.subList(0, (Integer) saved.get(0)[1]));
        FollowState restored = (FollowState) FollowStateTest.deserialize((byte[]) saved.get(0)[0]);
        assertThat(restored.phase()).isNotEqualTo(FollowState.Phase.DONE);

        RecordingListener second = new RecordingListener();
        RunResult result = fixture.engine.resume(restored, fixture.options(), second).await();
        console.addAll(second.lines);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(second.lines.get(0)).startsWith("Resuming CodeArts run #");
        assertLogsByteExact(result.run(), console);
        assertThat(console).filteredOn(line -> line.startsWith("Stage \"Build\": RUNNING")).hasSize(1);
    }

    @Test
    void cancelStopsTheRemoteRunAndReportsAborted() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.followRun(startLongRun(), fixture.options(), listener);
        listener.await(follow, event -> event.type() == Type.STEP_STATUS && "RUNNING".equals(event.status()), 20);
        RunResult result = follow.cancel("user pressed abort").get(20, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.status()).isEqualTo("CANCELED");
        assertThat(fixture.runStatus(result.run())).isEqualTo("CANCELED");
        assertThat(result.message()).contains("Cancelled: user pressed abort").contains("CANCELED");
        assertThat(listener.events(Type.CANCELING)).hasSize(1);
    }

    @Test
    void timeoutStopsTheRunAndReportsTimeout() {
        RecordingListener listener = new RecordingListener();
        FollowOptions options = fixture.options().toBuilder().timeout(Duration.ofMillis(1500)).build();
        RunResult result = fixture.engine.followRun(startLongRun(), options, listener).await();

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fixture.runStatus(result.run())).isEqualTo("CANCELED");
        assertThat(listener.events(Type.TIMEOUT)).hasSize(1);
        assertThat(listener.lines).anyMatch(line -> line.startsWith("Timeout of 1.5 s reached"));
    }

    @Test
    void timeoutCanLeaveTheRunGoing() {
        FollowOptions options = fixture.options().toBuilder().timeout(Duration.ofMillis(800)).stopOnTimeout(false)
                .build();
        RunResult result = fixture.engine.followRun(startLongRun(), options, FollowListener.none()).await();

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fixture.runStatus(result.run())).isEqualTo("RUNNING");
        fixture.engine.followRun(result.run(), options.toBuilder().timeout(null).build(), FollowListener.none())
                .cancel("clean up");
    }

    private RunRef startLongRun() {
        RecordingListener starter = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), longPipeline)
                .build(), fixture.options().toBuilder().stopOnCancel(false).build(), starter);
        RunRef run;
        try {
            starter.await(follow, Type.RUN_STARTED, 10);
        } catch (Exception e) {
            throw new IllegalStateException("the long run did not start", e);
        }
        run = follow.state().run();
        follow.cancel("handing over to the test's own follow");
        return run;
    }

    @Test
    void aPendingReviewIsAnnouncedAndPassed() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.demoPipelineId()).build(),
                fixture.options(), listener);
        FollowEvent pending = listener.await(follow, Type.REVIEW_PENDING, 30);
        assertThat(pending.jobId()).isNotBlank();
        assertThat(pending.stepId()).isNotBlank();
        assertThat(pending.stepName()).isNotBlank();
        assertThat(pending.message()).contains("Manual review pending").contains(pending.stepId());

        ReviewDecisionResult decided = fixture.engine.decideReview(follow.state().run(), ReviewDecision.PASS, null,
                null);
        assertThat(decided.accepted()).isTrue();
        assertThat(decided.stepRunId()).isEqualTo(pending.stepId());
        assertThat(decided.jobRunId()).isEqualTo(pending.jobId());

        RunResult result = follow.await();
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(listener.events(Type.REVIEW_PENDING)).hasSize(1);
        assertThat(listener.states).extracting(FollowState::phase).contains(FollowState.Phase.WAITING_FOR_REVIEW);
    }

    @Test
    void aCancelledReviewWaitDecidesNothing() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.demoPipelineId()).build(),
                fixture.options(), listener);
        listener.await(follow, Type.RUN_STARTED, 10);
        CompletableFuture<ReviewDecisionResult> waiting = fixture.engine.decideReviewAsync(follow.state().run(),
                ReviewDecision.PASS, null, null, Instant.now().plusSeconds(60));
        waiting.cancel(false);

        listener.await(follow, Type.REVIEW_PENDING, 30);
        // Two check intervals (2 s each) after the review became pending: a live wait would have passed it by now.
        Thread.sleep(4_500);
        assertThat(follow.result()).isNotDone();
        assertThat(follow.state().phase()).isEqualTo(FollowState.Phase.WAITING_FOR_REVIEW);

        fixture.engine.decideReview(follow.state().run(), ReviewDecision.PASS, null, null);
        assertThat(follow.await().outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aReviewDeadlineThatHasPassedChecksOnce() {
        RunRef run = startLongRun();
        CompletableFuture<ReviewDecisionResult> decided = fixture.engine.decideReviewAsync(run, ReviewDecision.PASS,
                null, null, Instant.now().minusSeconds(5));
        assertThatThrownBy(decided::join).hasCauseInstanceOf(FollowException.class)
                .hasMessageContaining("No manual review is pending in " + run);
        fixture.engine.followRun(run, fixture.options(), FollowListener.none()).cancel("clean up");
    }

    @Test
    void aRefusedReviewFailsTheRunAndDecidingWaitsForTheReview() throws Exception {
        RecordingListener listener = new RecordingListener();
        RunFollow follow = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.demoPipelineId()).build(),
                fixture.options(), listener);
        listener.await(follow, Type.RUN_STARTED, 10);
        // Asked before the review is pending: waits for it, then refuses it.
        ReviewDecisionResult decided = fixture.engine.decideReview(follow.state().run(), ReviewDecision.REFUSE, null,
                null, Duration.ofSeconds(30));
        assertThat(decided.decision()).isEqualTo(ReviewDecision.REFUSE);
        assertThat(decided.accepted()).isTrue();

        RunResult result = follow.await();
        assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(result.status()).isEqualTo("FAILED");
    }

    @Test
    void decidingWithoutAPendingReviewSaysSo() {
        RunResult done = fixture.engine.startRun(logsRun("engine: no review"), fixture.options(),
                FollowListener.none()).await();
        assertThatThrownBy(() -> fixture.engine.decideReview(done.run(), ReviewDecision.PASS, null, null))
                .isInstanceOf(FollowException.class)
                .hasMessageContaining("No manual review is pending");
    }

    @Test
    void aFailedRunIsAFailureAndEachModeDecidesDifferently() {
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.failingPipelineId()).build(),
                fixture.options(), listener).await();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.stages()).anyMatch(stage -> stage.status().equals("FAILED"));
        assertThat(FailureMode.FAIL.verdictFor(result.outcome())).isEqualTo(Verdict.FAIL_BUILD);
        assertThat(FailureMode.UNSTABLE.verdictFor(result.outcome())).isEqualTo(Verdict.MARK_UNSTABLE);
        assertThat(FailureMode.RETURN.verdictFor(result.outcome())).isEqualTo(Verdict.CONTINUE);
        assertThat(listener.lines).anyMatch(line -> line.contains(": FAILED"));
    }

    @Test
    void followingAnExistingRunGivesTheSameOutputAndResult() {
        RunResult started = fixture.engine.startRun(logsRun("engine: follow later"), fixture.options(),
                FollowListener.none()).await();
        RecordingListener listener = new RecordingListener();
        RunResult followed = fixture.engine.followRun(started.run(), fixture.options(), listener).await();

        assertThat(followed.outcome()).isEqualTo(started.outcome());
        assertThat(followed.runNumber()).isEqualTo(started.runNumber());
        assertThat(followed.stages()).isEqualTo(started.stages());
        assertThat(listener.lines.get(0)).startsWith("Following CodeArts run #" + started.runNumber());
        assertLogsByteExact(followed.run(), listener.lines);
    }

    @Test
    void anUnknownRunEndsTheFollowWithThePermanentError() {
        RunFollow follow = fixture.engine.followRun(fixture.run(logsPipeline, "0123456789abcdef0123456789abcdef"),
                fixture.options(), FollowListener.none());
        assertThatThrownBy(follow::await).isInstanceOf(CodeArtsNotFoundException.class);
    }

    @Test
    void theLogCapEndsWithOneTruncationLineNamingTheUrl() {
        RecordingListener listener = new RecordingListener();
        FollowOptions options = fixture.options().toBuilder().maxLogBytes(5_000).build();
        RunResult result = fixture.engine.startRun(logsRun("engine: cap"), options, listener).await();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        List<String> truncation = listener.lines.stream().filter(line -> line.startsWith("[log truncated")).toList();
        assertThat(truncation).hasSize(1);
        assertThat(truncation.get(0)).contains("5000 bytes").contains(result.url());
        long logBytes = listener.lines.stream().filter(line -> line.startsWith("[Build") || line.startsWith("[Deploy"))
                .mapToLong(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1).sum();
        assertThat(logBytes).isLessThanOrEqualTo(5_000 + 200L * 40); // prefixes are not counted against the cap
        assertThat(listener.events(Type.LOG_TRUNCATED)).hasSize(1);
    }

    private static final String SHORT_STAGES = "[{\"name\":\"Quick\",\"jobs\":[{\"name\":\"job\",\"steps\":"
            + "[{\"name\":\"work\",\"duration\":\"10s\",\"logs\":[\"working\",\"done\"]}]}]}]";

    @Test
    void aRunQueuedByTheConcurrencyLimitIsFollowedOnceItStarts() throws Exception {
        String pipeline = fixture.createPipeline("queued", SHORT_STAGES);
        fixture.emulator.settings().maxConcurrentRunsPerPipeline(1);
        try {
            RecordingListener firstListener = new RecordingListener();
            RunFollow first = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                    .build(), fixture.options(), firstListener);
            firstListener.await(first, Type.RUN_STARTED, 10);
            RecordingListener listener = new RecordingListener();
            RunFollow second = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                    .build(), fixture.options(), listener);

            FollowEvent queued = listener.await(second, Type.RUN_QUEUED, 20);
            assertThat(queued.message()).contains("is queued");
            assertThat(listener.lines.get(0)).as("the URL comes first").startsWith("Started CodeArts run #");
            assertThat(listener.lines.get(1)).isEqualTo(queued.message());
            assertThat(first.await().outcome()).isEqualTo(Outcome.SUCCESS);
            RunResult result = second.await();
            assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(result.runId()).isEqualTo(queued.run().runId());
            assertThat(listener.lines).anyMatch(line -> line.startsWith("[Quick › job › work]") && line.endsWith("done"));
        } finally {
            fixture.emulator.settings().maxConcurrentRunsPerPipeline(5000);
        }
    }

    @Test
    void whenRunPipelineLosesItsAnswerTheRunItStartedIsFoundAndFollowed() {
        String pipeline = fixture.createPipeline("lost-answer", SHORT_STAGES);
        // CodeArts starts the run, then the connection breaks before the answer arrives.
        FaultRule reset = fixture.emulator.faults().on("runPipeline").once().resetConnection();
        RecordingListener listener = new RecordingListener();
        RunResult result = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                .description("engine: lost answer").build(), fixture.options(), listener).await();

        assertThat(reset.fired()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(listener.lines.get(0)).startsWith("Started CodeArts run #1: ");
        assertThat(listener.lines.get(1)).contains("runPipeline failed").contains("following it");
        assertThat(new ClientRunApi(fixture.client).recentRuns(fixture.demo.projectId(), pipeline, 10))
                .as("no second run was started").hasSize(1);
    }

    @Test
    void aStepLogThatStaysUnreadableIsFlaggedAndNeverKeepsAFinishedRunOpen() {
        String pipeline = fixture.createPipeline("unreadable-log", SHORT_STAGES);
        FaultRule broken = fixture.emulator.faults().on("showStepLogs").status(503);
        try {
            RecordingListener listener = new RecordingListener();
            FollowOptions options = fixture.options().toBuilder().unreadableLogTimeout(Duration.ofMillis(300))
                    .build();
            RunResult result = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                    .build(), options, listener).await();

            assertThat(broken.fired()).isPositive();
            assertThat(result.outcome()).as("the run's own outcome").isEqualTo(Outcome.SUCCESS);
            assertThat(result.incompleteLogs()).isTrue();
            // The emulator gives every stage an entry step (the trigger) before the job's step.
            List<String> steps = List.of("Quick › official_devcloud_autoTrigger", "Quick › job › work");
            assertThat(result.incompleteLogSteps()).containsExactlyElementsOf(steps);
            assertThat(result.toMap()).containsEntry("incompleteLogs", true).containsEntry("incompleteLogSteps", steps);
            assertThat(result.message()).contains("the logs of 2 steps are incomplete");
            assertThat(listener.events(Type.LOG_INCOMPLETE)).hasSize(2).last().satisfies(event -> {
                assertThat(event.stepName()).isEqualTo("work");
                assertThat(event.message()).contains("could not be read after").contains(result.url());
            });
            assertThat(listener.lines).filteredOn(line -> line.startsWith("WARNING: some log lines could not be read"))
                    .singleElement().asString().contains("\"Quick › job › work\"").contains(result.url());
            assertThat(listener.events(Type.POLL_WARNING)).isNotEmpty();
            assertThat(listener.states.get(listener.states.size() - 1).incompleteLogs())
                    .containsValue("Quick › job › work");
        } finally {
            fixture.emulator.faults().clear();
        }
    }

    @Test
    void largerCatchUpPagesThatTheServiceRejectsFallBackWithoutLosingLines() {
        RecordingListener listener = new RecordingListener();
        // The emulator takes at most 10000 lines per request: growing 50 -> 200 -> 800 -> 3200 -> 12800 is refused.
        FollowOptions options = fixture.options().toBuilder().logPageLines(50).maxLogPageLines(40_000).build();
        RunResult finished = fixture.engine.startRun(logsRun("engine: page growth"), fixture.options().toBuilder()
                .streamLogs(false).build(), FollowListener.none()).await();
        RunResult result = fixture.engine.followRun(finished.run(), options, listener).await();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertLogsByteExact(result.run(), listener.lines);
        assertThat(listener.events(Type.POLL_WARNING)).isEmpty();
    }

    @Test
    void theStateIsSavedAtMostOncePerTickPlusOncePerPhaseChange() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        ScheduledThreadPoolExecutor countingScheduler = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
                return super.schedule(() -> {
                    ticks.incrementAndGet();
                    task.run();
                }, delay, unit);
            }
        };
        try {
            CodeArtsEngine engine = new CodeArtsEngine(fixture.client, countingScheduler);
            // Live: the two-stage run as it runs. Catch-up: the finished run again, in pages of 20 lines.
            RecordingListener live = new RecordingListener();
            RunResult liveResult = engine.startRun(logsRun("engine: save count"), fixture.options(), live).await();
            int liveTicks = ticks.getAndSet(0);
            RecordingListener catchUp = new RecordingListener();
            RunResult catchUpResult = engine.followRun(liveResult.run(), fixture.options().toBuilder()
                    .logPageLines(20).maxLogPageLines(20).build(), catchUp).await();
            int catchUpTicks = ticks.get();
            System.out.printf("state saves per run: live %d (%d ticks, %d lines), catch-up %d (%d ticks)%n",
                    live.states.size(), liveTicks, live.lines.size(), catchUp.states.size(), catchUpTicks);

            assertLogsByteExact(liveResult.run(), live.lines);
            assertLogsByteExact(catchUpResult.run(), catchUp.lines);
            assertThat(live.states.size()).isLessThanOrEqualTo(liveTicks + phaseChanges(live.states));
            assertThat(catchUp.states.size()).isLessThanOrEqualTo(catchUpTicks + phaseChanges(catchUp.states));
            assertThat(live.states.get(live.states.size() - 1).phase()).isEqualTo(FollowState.Phase.DONE);
        } finally {
            countingScheduler.shutdownNow();
        }
    }

    /** Saved states whose phase (or run) differs from the state saved before: those are saved at once. */
    private static int phaseChanges(List<FollowState> states) {
        int changes = 0;
        FollowState previous = null;
        for (FollowState state : states) {
            if (previous == null || state.phase() != previous.phase()
                    || !java.util.Objects.equals(state.run(), previous.run())) {
                changes++;
            }
            previous = state;
        }
        return changes;
    }
}
