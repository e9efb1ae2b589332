package io.jenkins.plugins.codearts.cli;

/** A failure the user can act on: the message says what was wrong and how to fix it, and it carries the exit code. */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Configuration or input problem (exit code {@link ExitCodes#ERROR}). */
    public static CliException config(String message) {
        return new CliException(ExitCodes.ERROR, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
