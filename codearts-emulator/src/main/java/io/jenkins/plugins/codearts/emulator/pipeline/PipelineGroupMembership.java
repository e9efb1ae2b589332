package io.jenkins.plugins.codearts.emulator.pipeline;

/**
 * Which group a pipeline was moved into (movePipelinesToGroup, served by the catalogue module). The catalogue
 * registers one with {@code context.shared(PipelineGroupMembership.class, ...)}; without it a pipeline stays in the
 * group it was created in.
 */
@FunctionalInterface
public interface PipelineGroupMembership {

    /** The group id the pipeline was moved into, or {@code null} when it was never moved. */
    String movedInto(String projectId, String pipelineId);
}
