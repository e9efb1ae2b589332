package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.cli.progress.EngineProgressBridge;
import io.jenkins.plugins.codearts.cli.progress.LiveRenderer;
import io.jenkins.plugins.codearts.cli.progress.PlainRenderer;
import io.jenkins.plugins.codearts.cli.progress.ProgressEvent;
import io.jenkins.plugins.codearts.cli.progress.ProgressMode;
import io.jenkins.plugins.codearts.cli.progress.ProgressRenderer;
import io.jenkins.plugins.codearts.cli.progress.TerminalSize;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.HumanDuration;
import io.jenkins.plugins.codearts.engine.Outcome;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Follows one run to its end for {@code run}, {@code wait} and {@code demo}: progress display, Ctrl-C handling
 * (registered with the {@link AbortController}), the final line, the optional result file and the exit code.
 */
final class FollowSession {

    /** How long the engine waits for CANCELED after asking CodeArts to stop a run (Ctrl-C or --timeout). */
    static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private FollowSession() {
    }

    /** Daemon threads: a stuck poll must never keep the JVM alive after the command returned. */
    static ScheduledExecutorService newScheduler(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newScheduledThreadPool(2, factory);
    }

    static ProgressRenderer renderer(CliEnvironment environment, ProgressMode mode, SecretMasker masker) {
        return renderer(environment, mode, masker, environment.out());
    }

    static ProgressRenderer renderer(CliEnvironment environment, ProgressMode mode, SecretMasker masker,
            java.io.PrintStream stream) {
        if (mode.useLiveDisplay(environment.interactive(), environment.env())) {
            return new LiveRenderer(stream, masker, environment.clock(), TerminalSize.columnsSource(environment.env()));
        }
        return new PlainRenderer(stream, masker, environment.clock(), false);
    }

    /** Every check of the follow flags that needs no server: done before anything is started remotely. */
    static void checkFlags(FollowFlags flags) {
        if (flags.pollSpeedup < 1 || flags.pollSpeedup > 1000) {
            throw new CliException(ExitCodes.USAGE, "--poll-speedup " + flags.pollSpeedup + " is out of range; use 1..1000");
        }
        checkDuration("--interval", flags.interval, MIN_INTERVAL, MAX_INTERVAL, "100ms..10m", "5s");
        checkDuration("--unreachable-timeout", flags.unreachableTimeout, MIN_INTERVAL, MAX_UNREACHABLE, "100ms..24h",
                "5m");
        Preflight.writable("--result-file", flags.resultFile);
    }

    /** A duration flag, when given, within {@code min..max}; the message shows the range as typed and an example. */
    private static void checkDuration(String flag, Duration value, Duration min, Duration max, String range,
            String example) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw new CliException(ExitCodes.USAGE, flag + " " + HumanDuration.format(value) + " is out of range; use "
                    + range + ", e.g. " + flag + " " + example);
        }
    }

    static final Duration MAX_UNREACHABLE = Duration.ofHours(24);

    static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    static final Duration MAX_INTERVAL = Duration.ofMinutes(10);

    /** The follow options the flags ask for. */
    static FollowOptions options(FollowFlags flags, String region) {
        FollowOptions.Builder builder = FollowOptions.builder()
                .streamLogs(!flags.noLogs)
                .prefixLines(flags.prefixLines)
                .timeout(flags.timeout)
                .stopOnTimeout(!flags.noStopOnTimeout)
                .stopOnCancel(!flags.noStopOnAbort)
                // Shorter than Main.ABORT_WAIT, so after Ctrl-C the engine reports the stop before the JVM gives up.
                .stopWait(STOP_WAIT)
                .region(region)
                .reviewHint("approve with: codearts approve --project-id {projectId} --pipeline-id {pipelineId}"
                        + " --run-id {runId}");
        checkFlags(flags);
        if (flags.interval != null) {
            builder.fastPoll(flags.interval).idlePoll(flags.interval).queuedPoll(flags.interval)
                    .reviewPoll(flags.interval).minPoll(MIN_INTERVAL.compareTo(flags.interval) < 0 ? MIN_INTERVAL
                            : flags.interval);
        }
        if (flags.pollSpeedup > 1) {
            builder.pollSpeedup(flags.pollSpeedup);
        }
        if (flags.unreachableTimeout != null) {
            builder.unreachableTimeout(flags.unreachableTimeout);
        }
        return builder.build();
    }

    /** What {@code run} and {@code wait} differ in: how the follow begins (a new run, or one already going). */
    @FunctionalInterface
    interface RunStarter {
        RunFollow start(CodeArtsEngine engine, FollowOptions options, FollowListener listener);
    }

    /**
     * {@code run} and {@code wait}: follows what {@code starter} begins with the options {@code flags} ask for, shows
     * its progress (retry notices included), writes the optional result file and returns the exit code.
     */
    static int followToExitCode(CliEnvironment environment, Connection open, FollowFlags flags, String threadName,
            RunStarter starter) {
        FollowOptions options = options(flags, open.settings().get(Setting.REGION).orElse(null));
        ScheduledExecutorService scheduler = newScheduler(threadName);
        try {
            CodeArtsEngine engine = new CodeArtsEngine(open.client(), scheduler);
            // With --json, stdout carries only the JSON document; the progress goes to stderr.
            ProgressRenderer renderer = renderer(environment, flags.progress, open.masker(),
                    flags.json ? environment.err() : environment.out());
            open.routeNotices(text -> renderer.accept(new ProgressEvent.Notice(text)));
            RunResult result = follow(environment, renderer, scheduler, null, options.stopOnCancel(),
                    listener -> starter.start(engine, options, listener));
            writeResultFile(flags.resultFile, result);
            if (flags.json) {
                Json.print(environment, result.toMap());
            }
            return exitCode(result, flags.allowIncompleteLogs);
        } finally {
            shutdown(scheduler);
        }
    }

    /**
     * Starts the follow via {@code start}, shows its progress, and returns the exit code for its outcome.
     *
     * @param stopsRemoteRun whether cancelling stops the remote run (for the Ctrl-C message)
     */
    static RunResult follow(CliEnvironment environment, ProgressRenderer renderer, ScheduledExecutorService scheduler,
            FollowListener extraListener, boolean stopsRemoteRun, Function<FollowListener, RunFollow> start) {
        EngineProgressBridge bridge = new EngineProgressBridge(renderer, extraListener);
        RunFollow follow = start.apply(bridge);
        ScheduledFuture<?> ticker = scheduler.scheduleAtFixedRate(renderer::tick, 1, 1, TimeUnit.SECONDS);
        AbortController.Registration abortRegistration = environment.abortController().register(maxWait -> {
            String why = Signals.describeReceived();
            // The engine waits STOP_WAIT for CANCELED; the shutdown hook's own bound (maxWait) is only a backstop.
            renderer.accept(new ProgressEvent.Notice(stopsRemoteRun
                    ? why + ": stopping the remote run and waiting up to " + HumanDuration.format(STOP_WAIT)
                            + " for CANCELED"
                    : why + ": the remote run keeps going (--no-stop-on-abort)"));
            try {
                follow.cancel(why).get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                environment.err().println("warning: the run did not reach CANCELED within "
                        + HumanDuration.format(maxWait) + "; check it in the console");
            }
        });
        try {
            RunResult result;
            try {
                result = follow.await();
            } catch (RuntimeException failed) {
                if (bridge.stoppedLine() == null || environment.abortController().wasAborted()) {
                    throw failed;
                }
                // One error line, on stderr, naming the run: not the engine's line on stdout and the error again.
                throw new CliException(failed instanceof CodeArtsInvalidArgumentException ? ExitCodes.USAGE
                        : ExitCodes.ERROR, bridge.stoppedLine(), failed);
            }
            String summary = result.message();
            if (!result.isSuccess()) {
                summary = explainFailure(renderer, bridge, result);
            }
            renderer.accept(new ProgressEvent.Finished(result.outcome().name(), summary));
            return result;
        } finally {
            abortRegistration.close();
            ticker.cancel(false);
        }
    }

    /**
     * Under a run that did not succeed: each stage with ✓ or ✗, the last lines before the first failing step, and a
     * final message naming that step.
     */
    static String explainFailure(ProgressRenderer renderer, EngineProgressBridge bridge, RunResult result) {
        if (!result.stages().isEmpty()) {
            renderer.accept(new ProgressEvent.LogLine("stages: " + result.stages().stream()
                    .map(stage -> stageMark(stage.status()) + " " + stage.name() + " " + stage.status())
                    .collect(java.util.stream.Collectors.joining("  "))));
        }
        List<String> failed = bridge.failedSteps();
        if (failed.isEmpty()) {
            return result.message();
        }
        if (!bridge.tailAtFailure().isEmpty()) {
            renderer.accept(new ProgressEvent.LogLine("last log lines before step " + failed.get(0) + " failed:"));
            bridge.tailAtFailure().forEach(line -> renderer.accept(new ProgressEvent.LogLine("  | " + line)));
        }
        String failedSteps = "failed step" + (failed.size() > 1 ? "s: " : ": ") + String.join(", ", failed);
        renderer.accept(new ProgressEvent.LogLine("✗ " + failedSteps));
        return result.message() + "; " + failedSteps;
    }

    private static String stageMark(String status) {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "✓";
            case "FAILED", "ASYNC_FAILED" -> "✗";
            case "CANCELED" -> "-";
            default -> "·";
        };
    }

    /** A successful run whose logs could not all be read exits 1, unless the user allowed incomplete logs. */
    static int exitCode(RunResult result, boolean allowIncompleteLogs) {
        int code = exitCode(result.outcome());
        return code == ExitCodes.SUCCESS && result.incompleteLogs() && !allowIncompleteLogs
                ? ExitCodes.REMOTE_FAILURE : code;
    }

    static int exitCode(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> ExitCodes.SUCCESS;
            case FAILURE -> ExitCodes.REMOTE_FAILURE;
            case TIMEOUT -> ExitCodes.TIMEOUT;
            case ABORTED -> ExitCodes.ABORTED;
        };
    }

    static void writeResultFile(Path file, RunResult result) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, CodeArtsJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(result.toMap()) + System.lineSeparator());
        } catch (IOException e) {
            throw new CliException(ExitCodes.ERROR, "--result-file " + file + " cannot be written ("
                    + ErrorMessages.describe(e) + "); choose a writable path");
        }
    }

    static void shutdown(ScheduledExecutorService scheduler) {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
