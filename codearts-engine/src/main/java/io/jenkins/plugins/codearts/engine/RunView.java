package io.jenkins.plugins.codearts.engine;

import java.util.List;
import java.util.Map;

/**
 * The engine's own, client-independent picture of one run detail. Built from the client's model by {@link ClientRunApi}
 * so that the follow logic does not depend on how the client spells its records.
 */
record RunView(String runId, String pipelineId, int runNumber, String status, long startTime, long endTime,
        String detailUrl, String description, List<StageView> stages, List<ArtifactInfo> artifacts,
        String pipelineName, String triggerType, String executorName) {

    RunView {
        status = PipelineStatuses.normalize(status);
        stages = stages == null ? List.of() : List.copyOf(stages);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
    }

    /** A detail without the header fields only the run page shows (pipeline name, trigger, executor). */
    RunView(String runId, String pipelineId, int runNumber, String status, long startTime, long endTime,
            String detailUrl, String description, List<StageView> stages, List<ArtifactInfo> artifacts) {
        this(runId, pipelineId, runNumber, status, startTime, endTime, detailUrl, description, stages, artifacts, null,
                null, null);
    }

    boolean isTerminal() {
        return PipelineStatuses.isRunTerminal(status);
    }

    record StageView(String id, String name, int sequence, String status, long startTime, long endTime,
            List<StepView> pre, List<JobView> jobs, List<StepView> post) {
        StageView {
            status = PipelineStatuses.normalize(status);
            pre = pre == null ? List.of() : List.copyOf(pre);
            jobs = jobs == null ? List.of() : List.copyOf(jobs);
            post = post == null ? List.of() : List.copyOf(post);
        }
    }

    record JobView(String id, String name, int sequence, String status, long startTime, long endTime,
            List<StepView> steps) {
        JobView {
            status = PipelineStatuses.normalize(status);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /** A step; {@code inputs} holds its plain-text inputs by key (a manual review's approvers and timeout). */
    record StepView(String id, String name, String task, int sequence, String status, long startTime, long endTime,
            Map<String, String> inputs) {
        StepView {
            status = PipelineStatuses.normalize(status);
            inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        }

        StepView(String id, String name, String task, int sequence, String status, long startTime, long endTime) {
            this(id, name, task, sequence, status, startTime, endTime, null);
        }

        boolean isReview() {
            return PipelineStatuses.REVIEW_TASK.equals(task);
        }

        boolean hasStarted() {
            return PipelineStatuses.hasStarted(status, startTime);
        }

        boolean isTerminal() {
            return PipelineStatuses.isNodeTerminal(status);
        }

        /** A review step that has started and is not finished waits on a person (its waiting status is undocumented). */
        boolean isPendingReview() {
            return isReview() && hasStarted() && !isTerminal();
        }
    }
}
