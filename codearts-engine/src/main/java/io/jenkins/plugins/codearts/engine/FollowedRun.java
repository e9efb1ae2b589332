package io.jenkins.plugins.codearts.engine;

/** The run as the follow last read it, and whether it is known to exist; shared by the parts of one follow. */
final class FollowedRun {

    private final FollowReporter reporter;
    private final boolean startedByThisFollow;
    private final boolean resumed;
    private RunView last;

    FollowedRun(FollowReporter reporter, boolean startedByThisFollow, boolean resumed) {
        this.reporter = reporter;
        this.startedByThisFollow = startedByThisFollow;
        this.resumed = resumed;
    }

    /** The last run detail read, or null before the first. */
    RunView last() {
        return last;
    }

    void saw(RunView run) {
        last = run;
    }

    /** The follow continues one saved earlier, whose run was seen then. */
    boolean resumed() {
        return resumed;
    }

    boolean startedByThisFollow() {
        return startedByThisFollow;
    }

    /** Whether the run is known to exist: seen in a detail, started by this follow, or seen before a resume. */
    boolean knownToExist() {
        return last != null || startedByThisFollow || resumed;
    }

    String lastStatus() {
        return last == null ? "UNKNOWN" : last.status();
    }

    /** "#12", or the run id while the number is unknown. */
    String label() {
        FollowState state = reporter.state();
        int number = last != null && last.runNumber() > 0 ? last.runNumber() : state.runNumber();
        return number > 0 ? "#" + number : state.run().runId();
    }
}
