package io.jenkins.plugins.codearts.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Entry point of {@code codearts}: {@code java -jar codearts.jar <command> ...}. */
public final class Main {

    /** How long Ctrl-C waits for the remote run to reach CANCELED before the JVM exits anyway. */
    static final Duration ABORT_WAIT = Duration.ofSeconds(20);

    private Main() {
    }

    /** After stopping the run, how long the hook lets the command print its last lines and write its result file. */
    static final Duration FINISH_WAIT = Duration.ofSeconds(3);

    public static void main(String[] args) {
        CliEnvironment environment = CliEnvironment.system();
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
        }, "codearts-abort");
        Runtime.getRuntime().addShutdownHook(abortOnShutdown);
        int exitCode = execute(environment, args);
        commandReturned.countDown();
        System.exit(exitCode);
    }

    /** Runs one command in-process and returns its exit code; tests call this with their own environment. */
    public static int execute(CliEnvironment environment, String... args) {
        CommandLine commandLine = newCommandLine(environment);
        return commandLine.execute(args);
    }

    static CommandLine newCommandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CodeArtsCommand(environment));
        Charset charset = Charset.defaultCharset();
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(environment.out(), charset), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(environment.err(), charset), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new FailureReporter(environment));
        return commandLine;
    }
}
