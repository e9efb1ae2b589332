package io.jenkins.plugins.codearts.engine;

/**
 * Where a log line comes from. {@code jobId} and {@code jobName} are null for a stage's entry and exit steps.
 *
 * @param stageId stage id
 * @param stageName stage name
 * @param jobId job run id
 * @param jobName job name
 * @param stepId step run id
 * @param stepName step name
 * @param path "stage › job › step", as in status lines and the optional prefix
 */
public record LogSource(String stageId, String stageName, String jobId, String jobName, String stepId,
        String stepName, String path) {

    static LogSource of(PipelineWalker.StepSlot slot) {
        return new LogSource(slot.stage().id(), slot.stage().name(), slot.job() == null ? null : slot.job().id(),
                slot.job() == null ? null : slot.job().name(), slot.step().id(), slot.step().name(), slot.path());
    }
}
