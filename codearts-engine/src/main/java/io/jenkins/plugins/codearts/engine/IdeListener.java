package io.jenkins.plugins.codearts.engine;

/** Progress of an IDE instance operation; calls never overlap; keep them quick. Both methods default to no-ops. */
public interface IdeListener {

    /** A progress line for the console. */
    default void onLine(String line) {
    }

    /** The instance's status changed (as reported by showIdeInstanceStatus). */
    default void onStatus(String instanceId, String status) {
    }

    static IdeListener none() {
        return new IdeListener() {
        };
    }
}
