package io.jenkins.plugins.codearts.cli;

/**
 * The process exit codes of {@code codearts}. Each outcome has its own code so that scripts can tell a failed
 * remote run from a timeout, an abort, a typo on the command line or a broken configuration.
 * Documented in docs/cli.md; changing a value breaks callers' scripts.
 */
public final class ExitCodes {

    /** The command did what was asked: the run succeeded, the review was decided, the instance is running. */
    public static final int SUCCESS = 0;
    /** The remote work ended badly: the run FAILED, the review was refused by someone else, the instance failed to start. */
    public static final int REMOTE_FAILURE = 1;
    /** Bad command line (picocli's own code): unknown option, missing parameter, bad value. */
    public static final int USAGE = 2;
    /** The run or instance did not finish within {@code --timeout}. */
    public static final int TIMEOUT = 3;
    /** The run was canceled, by someone else or because this command was interrupted. */
    public static final int ABORTED = 4;
    /** The command could not do its job: configuration, credentials, an API error response, network, a bug. */
    public static final int ERROR = 5;
    /** What the JVM reports when Ctrl-C (SIGINT) ends the process; SIGTERM gives 143. */
    public static final int INTERRUPTED_BY_SIGINT = 130;

    private ExitCodes() {
    }
}
