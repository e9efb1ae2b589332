package io.jenkins.plugins.codearts.emulator.pipeline;

import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PAUSED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.QUEUED;
import static io.jenkins.plugins.codearts.emulator.pipeline.RunModel.RUNNING;

import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.JobRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.Phase;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.PipelineRun;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StageRun;

/**
 * The statuses clients see, which differ from the simulated ones only while manual reviews wait: the settings choose
 * what a waiting job, stage and run show. Call under the {@link PipelineStore} lock.
 */
final class DisplayedStatus {

    private final EmulatorSettings settings;

    DisplayedStatus(EmulatorSettings settings) {
        this.settings = settings;
    }

    /** The job status clients see: a job waiting on a review shows the configured PAUSED or SUSPEND. */
    String of(JobRun job) {
        return job.status.equals(PAUSED) ? settings.reviewWaitJobStatus().name() : job.status;
    }

    /** The stage status clients see: the configured wait status while only reviews are pending in it. */
    String of(StageRun stage) {
        return stage.status.equals(RUNNING) && onlyReviewsPending(stage) ? settings.reviewWaitRunStatus().name() : stage.status;
    }

    /** The run status clients see (and filter on). */
    String of(PipelineRun run) {
        if (!run.status.equals(RUNNING)) {
            return run.status;
        }
        StageRun stage = run.currentStage();
        return stage != null && onlyReviewsPending(stage) ? settings.reviewWaitRunStatus().name() : run.status;
    }

    private static boolean onlyReviewsPending(StageRun stage) {
        if (stage.phase != Phase.JOBS) {
            return false;
        }
        boolean paused = false;
        for (JobRun job : stage.jobs) {
            if (job.status.equals(RUNNING) || job.status.equals(QUEUED)) {
                return false;
            }
            paused |= job.status.equals(PAUSED);
        }
        return paused;
    }
}
