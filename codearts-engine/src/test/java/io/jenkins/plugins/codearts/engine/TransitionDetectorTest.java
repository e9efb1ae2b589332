package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionDetectorTest {

    private static final RunRef REF = RunRef.of("proj", "pipe", "run");

    private static RunView run(String runStatus, String stageStatus, String jobStatus, String stepStatus,
            String reviewStatus) {
        StepView shell = new StepView("st1", "mvn", "official_shell_plugin", 1, stepStatus, 1000, 
                stepStatus.equals("COMPLETED") ? 13_000 : 0);
        StepView review = new StepView("st2", "approve", Statuses.REVIEW_TASK, 2, reviewStatus, 0, 0);
        JobView job = new JobView("j1", "build", 1, jobStatus, 1000, 0, List.of(shell, review));
        StageView stage = new StageView("s1", "Build", 1, stageStatus, 1000, 0, List.of(), List.of(job), List.of());
        StageView later = new StageView("s2", "Deploy", 2, "INIT", 0, 0, List.of(),
                List.of(new JobView("j2", "deploy", 1, "INIT", 0, 0, List.of())), List.of());
        return new RunView("run", "pipe", 7, runStatus, 1000, 0, "https://x/run", null, List.of(stage, later),
                List.of());
    }

    private final Map<String, String> reported = new HashMap<>();

    private List<String> detect(RunView view) {
        TransitionDetector.Changes changes = TransitionDetector.detect(REF, "https://x/run", view, reported, null);
        reported.putAll(changes.reported());
        return changes.events().stream().map(FollowEvent::message).toList();
    }

    @Test
    void reportsEachTransitionOnceAndNothingForRepeatedPolls() {
        assertThat(detect(run("RUNNING", "RUNNING", "RUNNING", "RUNNING", "INIT"))).containsExactly(
                "Run #7: RUNNING", "Stage \"Build\": RUNNING", "Job \"Build › build\": RUNNING",
                "Step \"Build › build › mvn\": RUNNING");
        // The same detail again, as every poll sees it: not a single line.
        assertThat(detect(run("RUNNING", "RUNNING", "RUNNING", "RUNNING", "INIT"))).isEmpty();
        assertThat(detect(run("RUNNING", "RUNNING", "RUNNING", "COMPLETED", "INIT")))
                .containsExactly("Step \"Build › build › mvn\": COMPLETED in 12 s");
    }

    @Test
    void aPendingReviewIsAnnouncedOnceWithItsIds() {
        detect(run("RUNNING", "RUNNING", "RUNNING", "COMPLETED", "INIT"));
        TransitionDetector.Changes changes = TransitionDetector.detect(REF, "https://x/run",
                run("PAUSED", "RUNNING", "PAUSED", "COMPLETED", "RUNNING"), reported,
                "codearts review --run {runId} --job {jobRunId} --step {stepRunId}");
        reported.putAll(changes.reported());
        FollowEvent review = changes.events().stream().filter(e -> e.type() == Type.REVIEW_PENDING).findFirst()
                .orElseThrow();
        assertThat(review.jobId()).isEqualTo("j1");
        assertThat(review.stepId()).isEqualTo("st2");
        assertThat(review.stageName()).isEqualTo("Build");
        assertThat(review.stepName()).isEqualTo("approve");
        assertThat(review.message()).contains("job_run_id j1", "step_run_id st2", "https://x/run",
                "codearts review --run run --job j1 --step st2");
        assertThat(detect(run("PAUSED", "RUNNING", "PAUSED", "COMPLETED", "RUNNING"))).isEmpty();
    }

    @Test
    void aRunSeenOnlyWhenFinishedGetsOneLinePerNode() {
        assertThat(detect(run("COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED"))).hasSize(5);
        assertThat(detect(run("COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED"))).isEmpty();
    }
}
