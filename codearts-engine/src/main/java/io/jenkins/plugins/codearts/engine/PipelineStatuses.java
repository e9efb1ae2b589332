package io.jenkins.plugins.codearts.engine;

import java.util.Locale;
import java.util.Set;

/** Status vocabulary of pipeline runs, stages, jobs and steps, as documented and as seen in practice. */
final class PipelineStatuses {

    /** Terminal for a whole run. */
    static final Set<String> RUN_TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELED", "IGNORED");

    /** Terminal for stages, jobs and steps: they can also be skipped or left out. */
    static final Set<String> NODE_TERMINAL =
            Set.of("COMPLETED", "FAILED", "CANCELED", "SKIPPED", "IGNORED", "UNSELECTED", "ASYNC_FAILED");

    /** Not started yet: nothing to read, nothing worth a status line. */
    static final Set<String> NOT_STARTED = Set.of("", "INIT", "QUEUED", "UNKNOWN", "WAITING", "PENDING");

    /** States in which the run waits on a person. */
    static final Set<String> WAITING_ON_PERSON = Set.of("PAUSED", "SUSPEND");

    /** The plug-in (task) of a manual review step. */
    static final String REVIEW_TASK = "official_devcloud_checkpoint";

    private PipelineStatuses() {
    }

    static String normalize(String status) {
        return status == null ? "" : status.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isRunTerminal(String status) {
        return RUN_TERMINAL.contains(normalize(status));
    }

    static boolean isNodeTerminal(String status) {
        return NODE_TERMINAL.contains(normalize(status));
    }

    /** Whether a node ever ran: skipped nodes count only if they had begun, waiting ones never. */
    static boolean hasStarted(String status, long startTime) {
        if (wasSkipped(status)) {
            return startTime > 0;
        }
        return !NOT_STARTED.contains(normalize(status));
    }

    static boolean wasSkipped(String status) {
        String s = normalize(status);
        return s.equals("SKIPPED") || s.equals("UNSELECTED") || s.equals("IGNORED");
    }
}
