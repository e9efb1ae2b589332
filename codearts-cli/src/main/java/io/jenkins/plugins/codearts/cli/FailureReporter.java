package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code. The line goes through the masking
 * standard error like everything else, so a secret in a server's message is never shown.
 */
final class FailureReporter implements IExecutionExceptionHandler {

    private final CliEnvironment environment;

    FailureReporter(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        if (exception instanceof CliException cliException) {
            print("error: ", cliException.getMessage());
            return cliException.exitCode();
        }
        if (environment.abortController().wasAborted()) {
            print("aborted: ", String.valueOf(exception.getMessage()));
            return ExitCodes.ABORTED;
        }
        if (exception instanceof CodeArtsInvalidArgumentException invalid) {
            // A malformed id or parameter: nothing was sent, the command line must change.
            print("error: ", invalid.getMessage());
            return ExitCodes.USAGE;
        }
        if (exception instanceof io.jenkins.plugins.codearts.client.CodeArtsException) {
            // The client's messages already say what failed and what to check.
            print("error: ", exception.getMessage());
            return ExitCodes.ERROR;
        }
        print("error: ", ErrorMessages.describe(exception));
        return ExitCodes.ERROR;
    }

    private void print(String prefix, String message) {
        environment.err().println(prefix + ErrorMessages.withoutClassNames(message));
    }
}
