package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineWalkerTest {

    static StepView step(String id, int sequence, String status) {
        return new StepView(id, "step-" + id, "official_shell_plugin", sequence, status, 0, 0);
    }

    @Test
    void walksStagesThenEntryStepsThenJobsThenExitSteps() {
        // Deliberately listed out of order: the walker sorts by sequence.
        StageView deploy = new StageView("s2", "Deploy", 2, "INIT", 0, 0, List.of(step("d-pre", 0, "INIT")),
                List.of(new JobView("j3", "release", 0, "INIT", 0, 0, List.of(step("d1", 0, "INIT")))), List.of());
        StageView build = new StageView("s1", "Build", 1, "RUNNING", 0, 0,
                List.of(step("b-pre", 0, "COMPLETED")),
                List.of(new JobView("j2", "test", 2, "INIT", 0, 0, List.of(step("t1", 0, "INIT"))),
                        new JobView("j1", "compile", 1, "RUNNING", 0, 0,
                                List.of(step("c2", 2, "INIT"), step("c1", 1, "RUNNING")))),
                List.of(step("b-post", 0, "INIT")));
        RunView run = new RunView("r", "p", 1, "RUNNING", 0, 0, null, null, List.of(deploy, build), List.of());

        List<StepSlot> slots = PipelineWalker.steps(run);

        assertThat(slots).extracting(slot -> slot.step().id())
                .containsExactly("b-pre", "c1", "c2", "t1", "b-post", "d-pre", "d1");
        assertThat(slots.get(1).prefix()).isEqualTo("[Build › compile › step-c1] ");
        assertThat(slots.get(0).path()).isEqualTo("Build › step-b-pre");
    }

    @Test
    void parallelJobsWithTheSameSequenceKeepTheApiOrder() {
        StageView stage = new StageView("s", "Test", 0, "RUNNING", 0, 0, List.of(),
                List.of(new JobView("b", "second-listed", 0, "RUNNING", 0, 0, List.of(step("b1", 0, "RUNNING"))),
                        new JobView("a", "first-listed", 0, "RUNNING", 0, 0, List.of(step("a1", 0, "RUNNING")))),
                List.of());
        RunView run = new RunView("r", "p", 1, "RUNNING", 0, 0, null, null, List.of(stage), List.of());
        assertThat(PipelineWalker.steps(run)).extracting(slot -> slot.step().id()).containsExactly("b1", "a1");
    }
}
