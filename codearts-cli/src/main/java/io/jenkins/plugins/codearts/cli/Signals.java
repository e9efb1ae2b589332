package io.jenkins.plugins.codearts.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM: which one arrived (so messages say "Ctrl-C" or "SIGTERM"), and SIGINT when the process was
 * started with it ignored. A shell ignores SIGINT for jobs started with {@code &} from a script, and the JVM keeps that
 * "ignore", so such a follower would never stop on Ctrl-C or {@code kill -INT}.
 */
final class Signals {

    /** Set in the relaunched process so it does not relaunch again. */
    static final String RELAUNCHED_VARIABLE = "CODEARTS_SIGINT_RESTORED";

    enum Installed { OK, SIGINT_IGNORED, UNSUPPORTED }

    /** The first signal that arrived: its name for messages, its number for the exit code. */
    private static final AtomicReference<Signal> RECEIVED = new AtomicReference<>();

    private Signals() {
    }

    /** The words for the signal that ended the process: "Ctrl-C (SIGINT)", "SIGTERM", or null if none did. */
    static String received() {
        Signal signal = RECEIVED.get();
        return signal == null ? null : signal.getName();
    }

    /** 128 + the number of the first signal that arrived, or {@code exitCode} when none did. */
    static int exitCodeOr(int exitCode) {
        Signal signal = RECEIVED.get();
        return signal == null ? exitCode : 128 + signal.getNumber();
    }

    static String describeReceived() {
        String signal = received();
        if (signal == null || "INT".equals(signal)) {
            return "interrupted (Ctrl-C)";
        }
        return "interrupted (SIG" + signal + ")";
    }

    /** Handles INT and TERM as the JVM would (exit 128 + number, running shutdown hooks) but records which came. */
    static Installed install(CliEnvironment environment) {
        try {
            handle("TERM");
            return handle("INT") == sun.misc.SignalHandler.SIG_IGN ? Installed.SIGINT_IGNORED : Installed.OK;
        } catch (IllegalArgumentException | LinkageError unsupported) {
            return Installed.UNSUPPORTED;
        }
    }

    private static sun.misc.SignalHandler handle(String name) {
        return Signal.handle(new Signal(name), signal -> {
            RECEIVED.compareAndSet(null, signal);
            // Not on the signal thread: System.exit waits for the shutdown hooks, which may take seconds.
            Thread exit = new Thread(() -> System.exit(exitCodeOr(128 + signal.getNumber())), "codearts-signal-exit");
            exit.start();
        });
    }

    /**
     * Runs this same command again through {@code env --default-signal=INT}, which starts it with SIGINT restored,
     * and returns its exit code; -1 when that is not possible (then a warning says how to stop the process).
     */
    static int relaunchWithSigintRestored(CliEnvironment environment) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> arguments = info.arguments();
        if (environment.env().containsKey(RELAUNCHED_VARIABLE) || java.isEmpty() || arguments.isEmpty()) {
            return warnIgnored(environment);
        }
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", java.get()));
        command.addAll(List.of(arguments.get()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED_VARIABLE, "1");
        Process child;
        try {
            child = builder.start();
        } catch (java.io.IOException e) {
            return warnIgnored(environment);
        }
        // SIGTERM to this process reaches the child as SIGTERM, so it stops its run the usual way.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(Main.ABORT_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "codearts-relaunch-stop"));
        try {
            int code = child.waitFor();
            if (code == 125 && !child.isAlive()) {
                // env itself failed (an env without --default-signal): it printed why; run here instead.
                return warnIgnored(environment);
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.ERROR;
        }
    }

    private static int warnIgnored(CliEnvironment environment) {
        environment.err().println("warning: SIGINT is ignored (started in the background from a script);"
                + " stop codearts with kill -TERM " + ProcessHandle.current().pid());
        return -1;
    }
}
