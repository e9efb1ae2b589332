package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.cli.progress.EngineProgressBridge;
import io.jenkins.plugins.codearts.cli.progress.LiveRenderer;
import io.jenkins.plugins.codearts.cli.progress.PlainRenderer;
import io.jenkins.plugins.codearts.cli.progress.ProgressEvent;
import io.jenkins.plugins.codearts.cli.progress.ProgressMode;
import io.jenkins.plugins.codearts.cli.progress.ProgressRenderer;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.Outcome;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        if (mode.useLiveDisplay(environment.interactive(), environment.env())) {
            return new LiveRenderer(environment.out(), masker, environment.clock(),
                    LiveRenderer.terminalWidth(environment.env()));
        }
        return new PlainRenderer(environment.out(), masker, environment.clock(), false);
    }

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
        if (flags.pollSpeedup < 1 || flags.pollSpeedup > 1000) {
            throw new CliException(ExitCodes.USAGE, "--poll-speedup " + flags.pollSpeedup + " is out of range; use 1..1000");
        }
        if (flags.pollSpeedup > 1) {
            builder.pollSpeedup(flags.pollSpeedup);
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
            ProgressRenderer renderer = renderer(environment, flags.progress, open.masker());
            open.routeNotices(text -> renderer.accept(new ProgressEvent.Notice(text)));
            RunResult result = follow(environment, renderer, scheduler, null, options.stopOnCancel(),
                    listener -> starter.start(engine, options, listener));
            writeResultFile(flags.resultFile, result);
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
        RunFollow follow = start.apply(new EngineProgressBridge(renderer, extraListener));
        ScheduledFuture<?> ticker = scheduler.scheduleAtFixedRate(renderer::tick, 1, 1, TimeUnit.SECONDS);
        AbortController.Registration abortRegistration = environment.abortController().register(maxWait -> {
            renderer.accept(new ProgressEvent.Notice(stopsRemoteRun
                    ? "interrupted: stopping the remote run and waiting up to " + maxWait.toSeconds() + " s for CANCELED"
                    : "interrupted: the remote run keeps going (--no-stop-on-abort)"));
            try {
                follow.cancel("interrupted by the user (Ctrl-C)").get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                environment.err().println("warning: the run did not reach CANCELED within " + maxWait.toSeconds()
                        + " s; check it in the console");
            }
        });
        try {
            RunResult result = follow.await();
            renderer.accept(new ProgressEvent.Finished(result.outcome().name(), result.message()));
            return result;
        } finally {
            abortRegistration.close();
            ticker.cancel(false);
        }
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
            throw new CliException(ExitCodes.ERROR, "--result-file " + file + " cannot be written (" + e.getMessage()
                    + "); choose a writable path");
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
