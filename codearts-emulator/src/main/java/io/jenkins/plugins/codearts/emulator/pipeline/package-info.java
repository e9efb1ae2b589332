/**
 * Pipelines and their runs (Doc A §4.2): the store, the run simulator on the emulator clock, the documented JSON shapes,
 * step logs and the scenario files that seed pipelines.
 */
package io.jenkins.plugins.codearts.emulator.pipeline;
