package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.engine.RunView.JobView;
import io.jenkins.plugins.codearts.engine.RunView.StageView;
import io.jenkins.plugins.codearts.engine.RunView.StepView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run detail as a follow read it, in pipeline order (stages, then each stage's entry steps, jobs and exit steps),
 * for front ends that draw the whole run. Times are epoch milliseconds, 0 when unknown; statuses are upper case, empty
 * when CodeArts gave none.
 *
 * @param runId pipeline run id
 * @param pipelineId pipeline id
 * @param pipelineName the pipeline's name (null when the detail had none)
 * @param runNumber the run's number (0 when unknown)
 * @param status the run's status
 * @param triggerType how the run was started, as CodeArts says it (e.g. Manual)
 * @param executorName who started it
 * @param startTime when it started
 * @param endTime when it ended (0 while it runs)
 * @param url the run's page in CodeArts
 * @param stages the stages in order
 * @param artifacts the packages the run produced so far
 */
public record RunDetail(String runId, String pipelineId, String pipelineName, int runNumber, String status,
        String triggerType, String executorName, long startTime, long endTime, String url, List<Stage> stages,
        List<ArtifactInfo> artifacts) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunDetail {
        stages = stages == null ? List.of() : List.copyOf(stages);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** A stage with its entry steps ({@code pre}), jobs and exit steps ({@code post}). */
    public record Stage(String id, String name, String status, long startTime, long endTime, List<Step> pre,
            List<Job> jobs, List<Step> post) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Stage {
            pre = pre == null ? List.of() : List.copyOf(pre);
            jobs = jobs == null ? List.of() : List.copyOf(jobs);
            post = post == null ? List.of() : List.copyOf(post);
        }
    }

    /** A job; jobs of one stage run side by side. */
    public record Job(String id, String name, String status, long startTime, long endTime, List<Step> steps)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Job {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /**
     * A step.
     *
     * @param jobId the job run id its log and a review decision need (the stage id for entry and exit steps)
     * @param path "stage › job › step", as the console's status lines and prefixes name it
     * @param inputs its plain-text inputs by key (a manual review's {@code approvers} and {@code timeout})
     */
    public record Step(String id, String name, String task, String status, long startTime, long endTime, String jobId,
            String path, Map<String, String> inputs) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Step {
            inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        }

        /** Whether this is a manual review step. */
        public boolean isReview() {
            return PipelineStatuses.REVIEW_TASK.equals(task);
        }

        /** Whether it has started and not ended. */
        public boolean isActive() {
            return PipelineStatuses.hasStarted(status, startTime) && !PipelineStatuses.isNodeTerminal(status);
        }

        /** A review step that has started and is not finished waits on a person. */
        public boolean isPendingReview() {
            return isReview() && isActive();
        }
    }

    /** Every step in pipeline order. */
    public List<Step> steps() {
        List<Step> all = new ArrayList<>();
        for (Stage stage : stages) {
            all.addAll(stage.pre());
            stage.jobs().forEach(job -> all.addAll(job.steps()));
            all.addAll(stage.post());
        }
        return all;
    }

    static RunDetail of(RunView run, String url, ClientIds ids) {
        List<Stage> stages = new ArrayList<>();
        for (StageView stage : PipelineWalker.stages(run)) {
            String stageJobId = ids.jobIdForStageStep(stage);
            List<Job> jobs = new ArrayList<>();
            for (JobView job : PipelineWalker.jobs(stage)) {
                jobs.add(new Job(job.id(), job.name(), job.status(), job.startTime(), job.endTime(),
                        steps(stage, job, job.steps(), job.id())));
            }
            stages.add(new Stage(stage.id(), stage.name(), stage.status(), stage.startTime(), stage.endTime(),
                    steps(stage, null, stage.pre(), stageJobId), jobs, steps(stage, null, stage.post(), stageJobId)));
        }
        return new RunDetail(run.runId(), run.pipelineId(), run.pipelineName(), run.runNumber(), run.status(),
                run.triggerType(), run.executorName(), run.startTime(), run.endTime(), url, stages, run.artifacts());
    }

    private static List<Step> steps(StageView stage, JobView job, List<StepView> steps, String jobId) {
        List<StepView> ordered = new ArrayList<>(steps);
        ordered.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
        List<Step> result = new ArrayList<>();
        for (StepView step : ordered) {
            String path = new PipelineWalker.StepSlot(stage, job, step).path();
            result.add(new Step(step.id(), step.name(), step.task(), step.status(), step.startTime(), step.endTime(),
                    jobId, path, step.inputs()));
        }
        return result;
    }

    /** Which job id the log and review calls take for a stage's entry and exit steps (a {@link RunApi} detail). */
    interface ClientIds {
        String jobIdForStageStep(StageView stage);
    }
}
