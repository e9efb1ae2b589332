package io.jenkins.plugins.codearts.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.codearts.cli.config.ConfigResolver;
import picocli.CommandLine;

/** Entry point of {@code codearts}: {@code java -jar codearts.jar <command> ...}. */
public final class Main {

    /** How long Ctrl-C waits for the remote run to reach CANCELED before the JVM exits anyway. */
    static final Duration ABORT_WAIT = Duration.ofSeconds(20);

    /** After stopping the run, how long the hook lets the command print its last lines and write its result file. */
    static final Duration FINISH_WAIT = Duration.ofSeconds(3);

    private Main() {
    }

    public static void main(String[] args) {
        CliEnvironment environment = CliEnvironment.system().masked();
        // Anything printed by other code (a library, a stray stack trace) is masked and UTF-8 as well.
        System.setOut(environment.out());
        System.setErr(environment.err());
        if (Signals.install(environment) == Signals.Installed.SIGINT_IGNORED) {
            // Started with SIGINT ignored (`codearts ... &` from a script): the JVM cannot undo that, so run again
            // with SIGINT restored, as Go programs do by resetting it.
            int relaunched = Signals.relaunchWithSigintRestored(environment);
            if (relaunched >= 0) {
                System.exit(relaunched);
            }
        }
        CountDownLatch commandReturned = new CountDownLatch(1);
        // Ctrl-C and SIGTERM run shutdown hooks: stop the remote run (unless --no-stop-on-abort) before exiting.
        Thread abortOnShutdown = new Thread(() -> {
            if (environment.abortController().abort(ABORT_WAIT)) {
                try {
                    commandReturned.await(FINISH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            environment.out().flush();
            environment.err().flush();
        }, "codearts-abort");
        Runtime.getRuntime().addShutdownHook(abortOnShutdown);
        int exitCode = execute(environment, args);
        commandReturned.countDown();
        // A signal's exit (128 + its number) is already under way and ended the command: exit with the same code, so
        // whichever of the two exits wins the race, the status says the process was interrupted.
        System.exit(Signals.exitCodeOr(exitCode));
    }

    /** Runs one command in-process and returns its exit code; tests call this with their own environment. */
    public static int execute(CliEnvironment environment, String... args) {
        CliEnvironment masked = environment.masked();
        // Before any command line check can echo a value: the secrets of the config file this command will read.
        masked.secrets().add(ConfigResolver.secretsIn(masked.env(), masked.home(), configFlag(args)));
        CommandLine commandLine = newCommandLine(masked);
        try {
            return commandLine.execute(args);
        } finally {
            masked.out().flush();
            masked.err().flush();
        }
    }

    /** The value of --config among the arguments, or null. */
    static java.nio.file.Path configFlag(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return java.nio.file.Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return java.nio.file.Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }

    static CommandLine newCommandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CodeArtsCommand(environment));
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(environment.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(environment.err(), StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorReporter(environment));
        commandLine.setExecutionExceptionHandler(new FailureReporter(environment));
        return commandLine;
    }
}
