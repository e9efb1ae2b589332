package io.jenkins.plugins.codearts.emulator.pipeline;

import java.util.List;

/** A stage: entry (pre) steps, then its jobs in parallel, then exit (post) steps. Stages run one after another. */
public record StageSpec(String name, String identifier, List<StepSpec> pre, List<JobSpec> jobs, List<StepSpec> post) {
}
