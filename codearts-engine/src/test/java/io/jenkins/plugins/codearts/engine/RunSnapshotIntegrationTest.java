package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run page's model built from real follows of emulator runs over loopback: the tree while a run goes on, the
 * review waiting on a person, the failed step with the end of its log, the artifacts of a finished run.
 */
class RunSnapshotIntegrationTest {

    private static final double SPEED = 20;
    private static EmulatorFixture fixture;

    @BeforeAll
    static void startEmulator() {
        fixture = new EmulatorFixture(SPEED);
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    /** Records events and lines for awaiting, and feeds a {@link RunSnapshotRecorder} made once the run exists. */
    private static final class SnapshotListener extends RecordingListener {
        final List<RunSnapshot> published = new CopyOnWriteArrayList<>();
        volatile RunSnapshotRecorder recorder;

        @Override
        public void onLogLine(String line, LogSource source) {
            super.onLogLine(line, source);
            if (recorder != null) {
                recorder.onLogLine(line, source);
            }
        }

        @Override
        public void onEvent(FollowEvent event) {
            if (recorder == null && event.run() != null) {
                recorder = new RunSnapshotRecorder(RunSnapshot.initial(event.run()), published::add);
            }
            if (recorder != null) {
                recorder.onEvent(event);
            }
            super.onEvent(event);
        }

        RunSnapshot awaitSnapshot(java.util.function.Predicate<RunSnapshot> condition) throws InterruptedException {
            for (int i = 0; i < 500; i++) {
                for (RunSnapshot snapshot : published) {
                    if (condition.test(snapshot)) {
                        return snapshot;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no snapshot matched within 10 s; last: " + recorder.snapshot());
        }

        @Override
        public void onRunDetail(RunDetail detail) {
            if (recorder != null) {
                recorder.onRunDetail(detail);
            }
        }
    }

    @Test
    void aLiveRunShowsItsTreeTheWaitingReviewAndAtTheEndItsArtifacts() throws Exception {
        SnapshotListener listener = new SnapshotListener();
        RunFollow follow = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.demoPipelineId()).build(),
                fixture.options(), listener);
        FollowEvent pending = listener.await(follow, Type.REVIEW_PENDING, 60);

        // The detail that showed the review reaches the recorder right after the event it caused.
        RunSnapshot waiting = listener.awaitSnapshot(snapshot -> snapshot.review() != null);
        assertThat(waiting.live()).isTrue();
        assertThat(waiting.runId()).isEqualTo(follow.state().run().runId());
        assertThat(waiting.pipelineName()).isEqualTo("demo-java-service");
        assertThat(waiting.triggerType()).isEqualTo("Manual");
        assertThat(waiting.executorName()).isNotBlank();
        assertThat(waiting.runNumber()).isPositive();
        assertThat(waiting.url()).startsWith(fixture.emulator.baseUrl());
        assertThat(waiting.startTime()).isPositive();
        assertThat(waiting.stages()).extracting(RunDetail.Stage::name).containsExactly("Build", "Test", "Deploy");
        assertThat(waiting.stages().get(0).status()).isEqualTo("COMPLETED");
        assertThat(waiting.stages().get(0).jobs().get(0).steps()).extracting(RunDetail.Step::name)
                .containsExactly("Code checkout", "Maven build", "Upload artifact");
        assertThat(waiting.stages().get(0).jobs().get(0).steps())
                .allSatisfy(step -> assertThat(step.endTime()).isGreaterThanOrEqualTo(step.startTime()));
        RunSnapshot.PendingReview review = waiting.review();
        assertThat(review).isNotNull();
        assertThat(review.stepRunId()).isEqualTo(pending.stepId());
        assertThat(review.jobRunId()).isEqualTo(pending.jobId());
        assertThat(review.stageName()).isEqualTo("Deploy");
        assertThat(review.jobName()).isEqualTo("Release to production");
        assertThat(review.stepName()).isEqualTo("Release approval");
        assertThat(review.approvers()).containsExactly("demo-user");
        assertThat(review.timeout()).isEqualTo("60");
        assertThat(review.since()).isPositive();
        assertThat(waiting.failure()).isNull();

        // While it ran, some snapshot showed a step running (before the review, which is not "running" work).
        assertThat(listener.published).anySatisfy(snapshot -> assertThat(snapshot.stages().stream()
                .flatMap(stage -> stage.jobs().stream()).flatMap(job -> job.steps().stream())
                .anyMatch(step -> step.isActive() && !step.isReview() && step.status().equals("RUNNING"))).isTrue());

        fixture.engine.decideReview(follow.state().run(), ReviewDecision.PASS, null, null);
        RunResult result = follow.await();

        RunSnapshot done = listener.recorder.snapshot();
        assertThat(done.live()).isFalse();
        assertThat(done.outcome()).isEqualTo("SUCCESS");
        assertThat(done.message()).contains("finished: COMPLETED");
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.endTime()).isGreaterThanOrEqualTo(done.startTime());
        assertThat(done.review()).isNull();
        assertThat(done.artifacts()).containsExactly(new ArtifactInfo("demo-java-service.jar", "jar", "1.0.0",
                "https://release-repo.emulator.invalid/demo-java-service/1.0.0/demo-java-service.jar"));
        assertThat(done.artifacts()).isEqualTo(result.artifacts());
        assertThat(done.stages()).allSatisfy(stage -> assertThat(stage.status()).isEqualTo("COMPLETED"));
        List<Long> versions = listener.published.stream().map(RunSnapshot::version).toList();
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(versions.get(versions.size() - 1)).isEqualTo(done.version());
    }

    @Test
    void aFailedRunNamesTheFailedStepWithTheLastLinesOfItsLog() throws Exception {
        SnapshotListener listener = new SnapshotListener();
        RunFollow follow = fixture.engine.startRun(
                StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.failingPipelineId()).build(),
                fixture.options(), listener);
        RunResult result = follow.await();
        assertThat(result.outcome()).isEqualTo(Outcome.FAILURE);

        RunSnapshot done = listener.recorder.snapshot();
        assertThat(done.live()).isFalse();
        assertThat(done.outcome()).isEqualTo("FAILURE");
        RunSnapshot.Failure failure = done.failure();
        assertThat(failure).isNotNull();
        assertThat(failure.status()).isEqualTo("FAILED");
        assertThat(failure.path()).startsWith("Test › ");
        // The tail is the end of the step's real log, without the console prefix.
        Map<String, String> logs = fixture.fullLogs(result.run());
        List<String> expected = new ArrayList<>(Arrays.asList(logs.get(failure.path()).split("\n")));
        List<String> last = expected.subList(Math.max(0, expected.size() - RunSnapshotRecorder.TAIL_LINES),
                expected.size());
        assertThat(failure.lastLines()).isNotEmpty().containsExactlyElementsOf(last);
        assertThat(done.artifacts()).isEmpty();
    }

    @Test
    void aFollowThatEndsWithoutAResultLeavesTheLastPictureNotLive() {
        RunRef ref = fixture.run(fixture.demo.demoPipelineId(), "does-not-matter");
        List<RunSnapshot> published = new ArrayList<>();
        RunSnapshotRecorder recorder = new RunSnapshotRecorder(RunSnapshot.initial(ref), published::add);
        recorder.ended("ABORTED", "Jenkins stopped following the run");
        assertThat(recorder.snapshot().live()).isFalse();
        assertThat(recorder.snapshot().message()).isEqualTo("Jenkins stopped following the run");
        assertThat(recorder.snapshot().version()).isEqualTo(1);
        assertThat(published).containsExactly(recorder.snapshot());
    }

    @Test
    void approversAreSplitOnCommasAndSemicolons() {
        assertThat(RunSnapshotRecorder.approvers(" alice, bob;carol ,")).containsExactly("alice", "bob", "carol");
        assertThat(RunSnapshotRecorder.approvers(null)).isEmpty();
        assertThat(RunSnapshotRecorder.approvers("  ")).isEmpty();
    }
}
