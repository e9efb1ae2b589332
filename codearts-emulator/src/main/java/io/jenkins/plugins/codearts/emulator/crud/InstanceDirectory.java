package io.jenkins.plugins.codearts.emulator.crud;

/** The IDE instances the emulator's instance store knows (for plug-in authorisation decisions). */
@FunctionalInterface
public interface InstanceDirectory {

    /** The instance's current status (e.g. RUNNING, DELETED), or {@code null} when no such instance exists. */
    String statusOf(String instanceId);

    /** Without an instance store every instance id is taken at its word. */
    InstanceDirectory ANY = instanceId -> "RUNNING";
}
