package io.jenkins.plugins.codearts.engine;

/**
 * Receives what a follow produces. Calls for one follow never overlap and arrive in order, on the engine's scheduler
 * threads: keep them quick and never block in them. Every method has an empty default.
 */
public interface FollowListener {

    /** A console line without its line terminator: log text (prefixed when asked) or a status line. */
    default void onLine(String line) {
    }

    /**
     * A line of a step's log, with where it comes from. {@code line} is the console line ({@code [stage › job › step] }
     * prefix included when {@link FollowOptions#prefixLines()} asks for it); {@code source} names the stage, job and
     * step, so a front end can label lines of parallel jobs itself. The default sends {@code line} to
     * {@link #onLine(String)}; a listener overriding this receives log lines only here.
     */
    default void onLogLine(String line, LogSource source) {
        onLine(line);
    }

    /** A structured event; its message was also sent to {@link #onLine(String)}. */
    default void onEvent(FollowEvent event) {
    }

    /**
     * The persisted state changed: save this snapshot now if the follow must survive a restart. Fired after the lines it
     * accounts for were sent to {@link #onLine(String)}: at most once per poll (at its end), and at once when the run
     * is created or the follow's phase changes.
     */
    default void onStateChanged(FollowState state) {
    }

    /**
     * The run detail the follow just read, in pipeline order, after the events it caused. Front ends that draw the
     * whole run (the Jenkins run page) keep the latest one; nothing else needs it.
     */
    default void onRunDetail(RunDetail detail) {
    }

    /**
     * Why the follow ended with an error ("Following run … stopped: why"), sent just before {@link RunFollow#result()}
     * completes exceptionally. The default prints it with {@link #onLine(String)}; a front end that reports the
     * exception itself as its last line (the Jenkins steps end with it as their one {@code ERROR:} line) leaves it out,
     * so the reason is not printed twice.
     */
    default void onFollowFailed(String line) {
        onLine(line);
    }

    /** A listener that ignores everything. */
    static FollowListener none() {
        return new FollowListener() {
        };
    }
}
