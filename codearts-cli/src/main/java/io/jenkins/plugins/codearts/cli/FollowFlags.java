package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.progress.ProgressMode;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How {@code run} and {@code wait} follow a run. */
public final class FollowFlags {

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up after this long (e.g. 30m, 2h); the run is stopped unless --no-stop-on-timeout. Default: no limit.")
    Duration timeout;

    @Option(names = "--no-stop-on-timeout", description = "Leave the remote run going when --timeout is reached.")
    boolean noStopOnTimeout;

    @Option(names = "--no-stop-on-abort", description = "Leave the remote run going on Ctrl-C (default: stop it and wait for CANCELED).")
    boolean noStopOnAbort;

    @Option(names = "--no-logs", description = "Do not stream step logs; show status changes only.")
    boolean noLogs;

    @Option(names = "--prefix", description = "Start every log line with [stage › job › step].")
    boolean prefixLines;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (live display on a terminal, plain lines otherwise and in CI), tty or plain. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--result-file", paramLabel = "FILE",
            description = "Write the result (run id, number, status, url, stages, artifacts, outcome, incompleteLogs) as JSON to FILE.")
    Path resultFile;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Poll the run every DURATION (e.g. 2s, 1m; 100ms..10m). Default: adaptive, about 2 s while logs arrive up to 15 s while a review waits.")
    Duration interval;

    @Option(names = "--json", description = "Print the result as JSON on stdout when the run ends; progress and logs go to stderr.")
    boolean json;

    @Option(names = "--allow-incomplete-logs",
            description = "Exit 0 for a successful run even when some step's log could not be read to its end (default: exit 1).")
    boolean allowIncompleteLogs;

    @Option(names = "--unreachable-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up when CodeArts has not answered once for this long (e.g. 30s, 5m; default 2m). A run never seen is not stopped.")
    Duration unreachableTimeout;

    @Option(names = "--poll-speedup", paramLabel = "FACTOR", defaultValue = "1",
            description = "Poll FACTOR times more often; for an emulator running faster than real time (1..1000).")
    double pollSpeedup;
}
