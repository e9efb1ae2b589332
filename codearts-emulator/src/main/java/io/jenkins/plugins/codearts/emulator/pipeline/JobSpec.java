package io.jenkins.plugins.codearts.emulator.pipeline;

import java.util.List;

/** A job: steps run one after another on one agent. The jobs of a stage run in parallel. */
public record JobSpec(String name, String identifier, List<StepSpec> steps) {
}
