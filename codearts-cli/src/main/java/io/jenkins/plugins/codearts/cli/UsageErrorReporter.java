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
        if (exception instanceof UnmatchedArgumentException unmatched) {
            java.util.List<String> suggestions = new java.util.ArrayList<>(unmatched.getSuggestions());
            for (String typed : unmatched.getUnmatched()) {
                command.getSubcommands().keySet().stream().filter(name -> similar(typed, name))
                        .filter(name -> !suggestions.contains(name)).forEach(suggestions::add);
            }
            if (!suggestions.isEmpty()) {
                environment.err().println("did you mean: " + String.join(", ", suggestions) + "?");
            }
        }
        environment.err().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCodes.USAGE;
    }

    /** A typo away: at most two edits (insert, delete, replace or swap two neighbours). */
    static boolean similar(String typed, String known) {
        if (typed.startsWith("-") || Math.abs(typed.length() - known.length()) > 2) {
            return false;
        }
        int[][] distance = new int[typed.length() + 1][known.length() + 1];
        for (int i = 0; i <= typed.length(); i++) {
            for (int j = 0; j <= known.length(); j++) {
                if (i == 0 || j == 0) {
                    distance[i][j] = i + j;
                    continue;
                }
                int cost = typed.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1;
                distance[i][j] = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                        distance[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == known.charAt(j - 2)
                        && typed.charAt(i - 2) == known.charAt(j - 1)) {
                    distance[i][j] = Math.min(distance[i][j], distance[i - 2][j - 2] + 1);
                }
            }
        }
        return distance[typed.length()][known.length()] <= 2;
    }

    /** Picocli's wording, made shorter where it repeats itself. */
    static String readable(ParameterException exception) {
        String message = String.valueOf(exception.getMessage());
        // "Value for option option '--var' (NAME=VALUE) should be in KEY=VALUE format but was x"
        message = message.replace("option option", "option");
        message = message.replaceAll("^(?:Invalid value for option '[^']+' \\([^)]*\\): )?Value for option '([^']+)'"
                + " \\(([^)]*)\\) should be in KEY=VALUE format but was (.*)$", "$1 $3 is not $2; write e.g. $1 NAME=VALUE");
        message = message.replace("is not an int", "is not a whole number").replace("is not a long",
                "is not a whole number").replace("is not a double", "is not a number");
        message = message.replaceAll("^Unmatched argument at index \\d+: '([^']*)'$", "unknown command or argument '$1'");
        return message;
    }
}
