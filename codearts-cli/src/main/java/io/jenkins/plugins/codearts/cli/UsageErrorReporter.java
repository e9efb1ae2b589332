package io.jenkins.plugins.codearts.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line: one {@code error:} line that names the option and the fix, a pointer to {@code --help}, exit
 * code 2. The whole usage text is not repeated: it would push the one useful line off the screen.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {

    private final CliEnvironment environment;

    UsageErrorReporter(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        environment.err().println("error: " + ErrorMessages.stripClassNames(readable(exception)));
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            environment.err().println("did you mean: " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        environment.err().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCodes.USAGE;
    }

    /** Picocli's wording, made shorter where it repeats itself. */
    static String readable(ParameterException exception) {
        String message = String.valueOf(exception.getMessage());
        // "Value for option option '--var' (NAME=VALUE) should be in KEY=VALUE format but was x"
        message = message.replace("option option", "option");
        message = message.replaceAll("^(?:Invalid value for option '[^']+' \\([^)]*\\): )?Value for option '([^']+)'"
                + " \\(([^)]*)\\) should be in KEY=VALUE format but was (.*)$", "$1 $3 is not $2; write e.g. $1 NAME=VALUE");
        return message;
    }
}
