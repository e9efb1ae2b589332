package io.jenkins.plugins.codearts.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code. Messages go through the
 * {@link SecretMasker} of the environment's secrets, since some come from remote servers.
 */
final class FailureReporter implements IExecutionExceptionHandler {

    private final CliEnvironment environment;

    FailureReporter(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        SecretMasker masker = SecretMasker.of(environment.env().get("HUAWEICLOUD_SDK_SK"),
                environment.env().get("HUAWEICLOUD_SDK_SECURITY_TOKEN"), environment.env().get("CODEARTS_IAM_PASSWORD"));
        if (exception instanceof CliException cliException) {
            environment.err().println("error: " + masker.mask(cliException.getMessage()));
            return cliException.exitCode();
        }
        if (environment.abortController().wasAborted()) {
            environment.err().println("aborted: " + masker.mask(String.valueOf(exception.getMessage())));
            return ExitCodes.ABORTED;
        }
        if (exception instanceof io.jenkins.plugins.codearts.client.CodeArtsException) {
            // The client's messages already say what failed and what to check.
            environment.err().println("error: " + masker.mask(exception.getMessage()));
            return ExitCodes.ERROR;
        }
        String message = ErrorMessages.describe(exception);
        environment.err().println("error: " + masker.mask(message));
        return ExitCodes.ERROR;
    }
}
