package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts every step of a run in pipeline order: stages by sequence; inside a stage its entry (pre) steps, then its jobs by
 * sequence with their steps, then its exit (post) steps. Ties keep the order the API returned them in (stable sort).
 */
final class PipelineWalker {

    private PipelineWalker() {
    }

    /** Where a step sits; {@code job} is null for a stage's entry and exit steps. */
    record StepSlot(StageView stage, JobView job, StepView step) {

        String path() {
            StringBuilder path = new StringBuilder(label(stage.name(), stage.id()));
            if (job != null) {
                path.append(" › ").append(label(job.name(), job.id()));
            }
            return path.append(" › ").append(label(step.name(), label(step.task(), step.id()))).toString();
        }

        String prefix() {
            return "[" + path() + "] ";
        }
    }

    static List<StepSlot> steps(RunView run) {
        List<StepSlot> slots = new ArrayList<>();
        for (StageView stage : sorted(run.stages(), Comparator.comparingInt(StageView::sequence))) {
            for (StepView step : sortedSteps(stage.pre())) {
                slots.add(new StepSlot(stage, null, step));
            }
            for (JobView job : sorted(stage.jobs(), Comparator.comparingInt(JobView::sequence))) {
                for (StepView step : sortedSteps(job.steps())) {
                    slots.add(new StepSlot(stage, job, step));
                }
            }
            for (StepView step : sortedSteps(stage.post())) {
                slots.add(new StepSlot(stage, null, step));
            }
        }
        return slots;
    }

    static List<StageView> stages(RunView run) {
        return sorted(run.stages(), Comparator.comparingInt(StageView::sequence));
    }

    static List<JobView> jobs(StageView stage) {
        return sorted(stage.jobs(), Comparator.comparingInt(JobView::sequence));
    }

    private static List<StepView> sortedSteps(List<StepView> steps) {
        return sorted(steps, Comparator.comparingInt(StepView::sequence));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }

    static String label(String name, String id) {
        return name == null || name.isBlank() ? String.valueOf(id) : name;
    }
}
