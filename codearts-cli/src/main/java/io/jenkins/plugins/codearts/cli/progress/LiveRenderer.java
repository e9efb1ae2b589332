package io.jenkins.plugins.codearts.cli.progress;

import io.jenkins.plugins.codearts.cli.SecretMasker;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The terminal display: remote log lines scroll by while a status block (run, stages, elapsed time) stays at the
 * bottom. Each update moves the cursor up over the block, clears to the end of the screen, prints the new log lines
 * and draws the block again. Block lines are cut to the terminal width so the block never wraps: wrapping would
 * make the cursor-up count wrong.
 */
public final class LiveRenderer implements ProgressRenderer {

    static final String ESC = "\u001B[";
    private static final String RESET = ESC + "0m";
    private static final String BOLD = ESC + "1m";
    private static final String DIM = ESC + "2m";
    private static final String RED = ESC + "31m";
    private static final String GREEN = ESC + "32m";
    private static final String YELLOW = ESC + "33m";
    private static final String CYAN = ESC + "36m";
    /** Beyond this the block would push the logs off small terminals; the rest are summarised in one line. */
    static final int MAX_STAGE_LINES = 12;

    private final PrintStream out;
    private final SecretMasker masker;
    private final RunBoard board;
    private final IntSupplier widthSource;
    private int width;
    private int blockLines;
    private boolean finished;

    public LiveRenderer(PrintStream out, SecretMasker masker, Clock clock, int width) {
        this(out, masker, clock, () -> width);
    }

    /** @param widthSource the terminal's current width, asked again before each redraw (windows get resized) */
    public LiveRenderer(PrintStream out, SecretMasker masker, Clock clock, IntSupplier widthSource) {
        this.out = out;
        this.masker = masker;
        this.board = new RunBoard(clock);
        this.widthSource = widthSource;
        this.width = Math.max(20, widthSource.getAsInt());
    }

    @Override
    public synchronized void accept(ProgressEvent event) {
        if (finished) {
            return;
        }
        if (event instanceof ProgressEvent.RunStarted started) {
            // Shown in the block's header; the source prints its own "started" line with the URL.
            board.started(started);
            redraw();
        } else if (event instanceof ProgressEvent.RunStatus status) {
            if (board.runStatus(status.status())) {
                redraw();
            }
        } else if (event instanceof ProgressEvent.StageStatus stage) {
            if (board.stageStatus(stage.stage(), stage.status())) {
                redraw();
            }
        } else if (event instanceof ProgressEvent.LogLine log) {
            scroll(clean(log.text()));
        } else if (event instanceof ProgressEvent.Notice notice) {
            scroll(YELLOW + "! " + clean(notice.text()) + RESET);
        } else if (event instanceof ProgressEvent.Finished done) {
            erase();
            drawBlock();
            String color = "SUCCESS".equals(done.outcome()) ? GREEN : RED;
            String summary = done.summary() == null || done.summary().isBlank() ? "" : " - " + clean(done.summary());
            out.print(color + BOLD + done.outcome() + RESET + summary + "\n");
            // The final block stays on screen as part of the scrollback; nothing is redrawn after this.
            blockLines = 0;
            finished = true;
            out.flush();
        }
    }

    @Override
    public void tick() {
        // Asked outside the lock: it may start a process.
        int columns = Math.max(20, widthSource.getAsInt());
        synchronized (this) {
            width = columns;
            if (!finished) {
                redraw();
            }
        }
    }

    private String clean(String text) {
        return TerminalText.clean(masker.mask(text));
    }

    private void scroll(String line) {
        erase();
        out.print(line + "\n");
        drawBlock();
        out.flush();
    }

    private void redraw() {
        erase();
        drawBlock();
        out.flush();
    }

    private void erase() {
        if (blockLines > 0) {
            out.print(ESC + blockLines + "A\r" + ESC + "J");
            blockLines = 0;
        }
    }

    private void drawBlock() {
        List<String> lines = new ArrayList<>();
        String id = board.runId() == null ? "" : " #" + board.runId();
        lines.add(BOLD + CYAN + TerminalText.truncate(clean(board.title()) + id, width - 25) + RESET + "  "
                + colored(board.runStatus()) + "  " + board.elapsed());
        int shown = 0;
        for (Map.Entry<String, String> stage : board.stageStatuses().entrySet()) {
            if (shown == MAX_STAGE_LINES) {
                lines.add(DIM + "  ... " + (board.stageStatuses().size() - shown) + " more stages" + RESET);
                break;
            }
            String name = TerminalText.truncate(clean(stage.getKey()), width - 22);
            lines.add("  " + marker(stage.getValue()) + " " + String.format("%-" + Math.min(30, width - 22) + "s", name)
                    + " " + colored(stage.getValue()));
            shown++;
        }
        for (String line : lines) {
            // One column short of the width: a line filling the last column wraps on some terminals.
            out.print(TerminalText.fit(line, width - 1) + "\n");
        }
        blockLines = lines.size();
    }

    private static String marker(String status) {
        return switch (status) {
            case "COMPLETED" -> GREEN + "✓" + RESET;
            case "FAILED", "ASYNC_FAILED" -> RED + "✗" + RESET;
            case "RUNNING", "ASYNC_RUNNING", "QUEUED" -> YELLOW + ">" + RESET;
            case "PAUSED", "SUSPEND" -> YELLOW + "?" + RESET;
            case "CANCELED" -> RED + "-" + RESET;
            default -> DIM + "." + RESET;
        };
    }

    private static String colored(String status) {
        String color = switch (status) {
            case "COMPLETED", "SUCCESS" -> GREEN;
            case "FAILED", "ASYNC_FAILED", "CANCELED", "FAILURE", "ABORTED", "TIMEOUT" -> RED;
            case "RUNNING", "ASYNC_RUNNING", "QUEUED", "PAUSED", "SUSPEND" -> YELLOW;
            default -> DIM;
        };
        return color + status + RESET;
    }
}
