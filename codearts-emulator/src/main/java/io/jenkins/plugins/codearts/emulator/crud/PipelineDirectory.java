package io.jenkins.plugins.codearts.emulator.crud;

/** Which pipelines exist, as the pipeline store knows them (for moving pipelines into groups). */
@FunctionalInterface
public interface PipelineDirectory {

    boolean exists(String projectId, String pipelineId);

    /** Without a pipeline store every pipeline id is taken at its word. */
    PipelineDirectory ANY = (projectId, pipelineId) -> true;
}
