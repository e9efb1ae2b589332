package io.jenkins.plugins.codearts.cli.progress;

import io.jenkins.plugins.codearts.cli.SecretMasker;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Line-by-line output for logs, pipes and CI: remote log lines as they are (escape sequences removed), and, when
 * asked to announce changes, a bracketed line with the elapsed time for each status change. Never writes an escape
 * sequence. The follow engine writes its own status lines, so with the engine announcing is turned off and only
 * its lines (sent as {@link ProgressEvent.LogLine}) and notices are printed.
 */
public final class PlainRenderer implements ProgressRenderer {

    private final PrintStream out;
    private final SecretMasker masker;
    private final RunBoard board;
    private final boolean announceChanges;

    /**
     * @param announceChanges whether to print a line for run start, status changes and the end; false when the
     *     source already writes such lines itself
     */
    public PlainRenderer(PrintStream out, SecretMasker masker, Clock clock, boolean announceChanges) {
        this.out = out;
        this.masker = masker;
        this.board = new RunBoard(clock);
        this.announceChanges = announceChanges;
    }

    @Override
    public synchronized void accept(ProgressEvent event) {
        if (event instanceof ProgressEvent.LogLine log) {
            print(log.text());
        } else if (event instanceof ProgressEvent.Notice notice) {
            print("[" + board.elapsed() + "] " + notice.text());
        } else if (!announceChanges) {
            return;
        } else if (event instanceof ProgressEvent.RunStarted started) {
            board.started(started);
            StringBuilder line = new StringBuilder("[" + board.elapsed() + "] started " + board.title());
            if (started.runId() != null) {
                line.append(", run ").append(started.runId());
            }
            if (started.url() != null) {
                line.append(": ").append(started.url());
            }
            print(line.toString());
        } else if (event instanceof ProgressEvent.RunStatus status) {
            if (board.runStatus(status.status())) {
                print("[" + board.elapsed() + "] run " + status.status());
            }
        } else if (event instanceof ProgressEvent.StageStatus stage) {
            if (board.stageStatus(stage.stage(), stage.status())) {
                print("[" + board.elapsed() + "] stage " + stage.stage() + ": " + stage.status());
            }
        } else if (event instanceof ProgressEvent.Finished finished) {
            print("[" + board.elapsed() + "] finished: " + finished.outcome()
                    + (finished.summary() == null || finished.summary().isBlank() ? "" : " - " + finished.summary()));
        }
    }

    @Override
    public void tick() {
        // Plain output has no live elements to refresh.
    }

    private void print(String text) {
        out.println(TerminalText.clean(masker.mask(text)));
        out.flush();
    }
}
