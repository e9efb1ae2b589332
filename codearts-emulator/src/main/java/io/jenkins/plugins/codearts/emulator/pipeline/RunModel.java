package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Mutable state of runs. Guarded by the {@link PipelineStore}'s lock. */
final class RunModel {

    private RunModel() {
    }

    static final String INIT = "INIT";
    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String PAUSED = "PAUSED";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";
    static final String CANCELED = "CANCELED";
    static final String UNSELECTED = "UNSELECTED";

    static boolean isTerminal(String status) {
        return COMPLETED.equals(status) || FAILED.equals(status) || CANCELED.equals(status) || UNSELECTED.equals(status);
    }

    record LogLine(long at, String text) {
    }

    static final class StepRun {
        final String id;
        final StepSpec spec;
        final int sequence;
        String status = INIT;
        Long startTime;
        Long endTime;
        String message;
        String lastDispatchId;
        long dueAt = Long.MAX_VALUE;
        boolean awaitingReview;
        final StepLog log = new StepLog();

        StepRun(String id, StepSpec spec, int sequence) {
            this.id = id;
            this.spec = spec;
            this.sequence = sequence;
        }

        void reset() {
            status = INIT;
            startTime = null;
            endTime = null;
            message = null;
            dueAt = Long.MAX_VALUE;
            awaitingReview = false;
            log.clear();
        }
    }

    static final class JobRun {
        final String id;
        final JobSpec spec;
        final int sequence;
        final List<StepRun> steps;
        final boolean selected;
        String status;
        Long startTime;
        Long endTime;
        String message;
        String lastDispatchId;
        long queuedUntil = Long.MAX_VALUE;
        int currentStep = -1;

        JobRun(String id, JobSpec spec, int sequence, List<StepRun> steps, boolean selected) {
            this.id = id;
            this.spec = spec;
            this.sequence = sequence;
            this.steps = steps;
            this.selected = selected;
            this.status = selected ? INIT : UNSELECTED;
        }

        StepRun current() {
            return currentStep >= 0 && currentStep < steps.size() ? steps.get(currentStep) : null;
        }

        void reset() {
            status = selected ? INIT : UNSELECTED;
            startTime = null;
            endTime = null;
            message = null;
            queuedUntil = Long.MAX_VALUE;
            currentStep = -1;
            steps.forEach(StepRun::reset);
        }
    }

    enum Phase { NOT_STARTED, PRE, JOBS, POST, DONE }

    static final class StageRun {
        final String id;
        final StageSpec spec;
        final int sequence;
        final List<StepRun> pre;
        final List<JobRun> jobs;
        final List<StepRun> post;
        final boolean selected;
        String status;
        Long startTime;
        Long endTime;
        Phase phase = Phase.NOT_STARTED;
        int phaseIndex;

        StageRun(String id, StageSpec spec, int sequence, List<StepRun> pre, List<JobRun> jobs, List<StepRun> post,
                 boolean selected) {
            this.id = id;
            this.spec = spec;
            this.sequence = sequence;
            this.pre = pre;
            this.jobs = jobs;
            this.post = post;
            this.selected = selected;
            this.status = selected ? INIT : UNSELECTED;
        }
    }

    static final class PipelineRun {
        final String id;
        final Pipeline pipeline;
        final int runNumber;
        final long createTime;
        final String description;
        final Map<String, String> variables;
        final JsonNode sources;
        final String executorId;
        final String executorName;
        final List<StageRun> stages;
        String status;
        Long startTime;
        Long endTime;
        String queueId;

        PipelineRun(String id, Pipeline pipeline, int runNumber, long createTime, String description,
                    Map<String, String> variables, JsonNode sources, String executorId, String executorName,
                    List<StageRun> stages) {
            this.id = id;
            this.pipeline = pipeline;
            this.runNumber = runNumber;
            this.createTime = createTime;
            this.description = description;
            this.variables = variables;
            this.sources = sources;
            this.executorId = executorId;
            this.executorName = executorName;
            this.stages = stages;
            this.status = INIT;
        }

        StageRun currentStage() {
            for (StageRun stage : stages) {
                if (stage.status.equals(RUNNING)) {
                    return stage;
                }
            }
            return null;
        }
    }
}
