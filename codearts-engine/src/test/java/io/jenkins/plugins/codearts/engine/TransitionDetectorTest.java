package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionDetectorTest {

    private static final RunRef REF = RunRef.of("proj", "pipe", "run");

    @Test
    void aChangeIsOwedOnceAndARepeatedPollOwesNothing() {
        assertThat(TransitionDetector.toReport("RUNNING", 1000, null)).containsExactly("RUNNING");
        assertThat(TransitionDetector.toReport("RUNNING", 1000, "RUNNING")).isEmpty();
        assertThat(TransitionDetector.toReport("COMPLETED", 1000, "RUNNING")).containsExactly("COMPLETED");
        assertThat(TransitionDetector.toReport("completed", 1000, "COMPLETED")).isEmpty();
    }

    @Test
    void aNodeFirstSeenFinishedIsOwedItsStartToo() {
        assertThat(TransitionDetector.toReport("COMPLETED", 1000, null)).containsExactly("RUNNING", "COMPLETED");
        assertThat(TransitionDetector.toReport("FAILED", 1000, null)).containsExactly("RUNNING", "FAILED");
    }

    @Test
    void nodesThatNeverRanOweNothingButASkip() {
        assertThat(TransitionDetector.toReport("INIT", 0, null)).isEmpty();
        assertThat(TransitionDetector.toReport("", 0, null)).isEmpty();
        assertThat(TransitionDetector.toReport("UNSELECTED", 0, null)).isEmpty();
        assertThat(TransitionDetector.toReport("SKIPPED", 0, null)).containsExactly("SKIPPED");
        assertThat(TransitionDetector.toReport("SKIPPED", 5000, null)).containsExactly("RUNNING", "SKIPPED");
    }

    @Test
    void linesNameTheNodeAndTheDurationOfAnEnd() {
        StepView step = new StepView("st1", "mvn", "official_shell_plugin", 1, "COMPLETED", 1000, 13_000);
        JobView job = new JobView("j1", "build", 1, "COMPLETED", 1000, 14_000, List.of(step));
        StageView stage = new StageView("s1", "Build", 1, "COMPLETED", 1000, 75_000, List.of(), List.of(job),
                List.of());
        RunView run = new RunView("run", "pipe", 7, "COMPLETED", 1000, 80_000, "https://x/run", null,
                List.of(stage), List.of());
        StepSlot slot = new StepSlot(stage, job, step);

        assertThat(TransitionDetector.runEvent(REF, "https://x/run", run, "RUNNING").message())
                .isEqualTo("Run #7: RUNNING");
        assertThat(TransitionDetector.stageEvent(REF, null, stage, "COMPLETED").message())
                .isEqualTo("Stage \"Build\": COMPLETED in 1 min 14 s");
        assertThat(TransitionDetector.jobEvent(REF, null, stage, job, "RUNNING").message())
                .isEqualTo("Job \"Build › build\": RUNNING");
        FollowEvent end = TransitionDetector.stepEvent(REF, null, slot, "COMPLETED");
        assertThat(end.message()).isEqualTo("Step \"Build › build › mvn\": COMPLETED in 12 s");
        assertThat(end.type()).isEqualTo(Type.STEP_STATUS);
        assertThat(end.jobId()).isEqualTo("j1");
        assertThat(end.stepId()).isEqualTo("st1");
    }

    @Test
    void aPendingReviewNamesItsIdsAndTheHint() {
        StepView review = new StepView("st2", "approve", PipelineStatuses.REVIEW_TASK, 2, "RUNNING", 1000, 0);
        JobView job = new JobView("j1", "build", 1, "PAUSED", 1000, 0, List.of(review));
        StageView stage = new StageView("s1", "Build", 1, "RUNNING", 1000, 0, List.of(), List.of(job), List.of());
        FollowEvent event = TransitionDetector.reviewEvent(REF, "https://x/run", new StepSlot(stage, job, review),
                "codearts review --run {runId} --job {jobRunId} --step {stepRunId}");

        assertThat(event.type()).isEqualTo(Type.REVIEW_PENDING);
        assertThat(event.jobId()).isEqualTo("j1");
        assertThat(event.stepId()).isEqualTo("st2");
        assertThat(event.stageName()).isEqualTo("Build");
        assertThat(event.stepName()).isEqualTo("approve");
        assertThat(event.message()).contains("job_run_id j1", "step_run_id st2", "https://x/run",
                "codearts review --run run --job j1 --step st2");
    }
}
