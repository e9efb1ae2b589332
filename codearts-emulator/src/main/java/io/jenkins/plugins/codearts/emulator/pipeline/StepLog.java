package io.jenkins.plugins.codearts.emulator.pipeline;

import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.LogLine;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * One step's log: lines scheduled on the emulator clock, and the text of those already emitted in an append-only
 * buffer with the offset of every {@code '\n'}. A page costs time proportional to the page (two binary searches and
 * one copy), not to the step's whole log. Offsets are {@code char} offsets into the text, in which every emitted line
 * ends with {@code '\n'}; a line's own text may contain further {@code '\n'} (a multi-line run variable), and paging
 * counts lines by {@code '\n'}, as the logs API does.
 *
 * <p>Lines are scheduled in time order and become text once the clock reaches them. Not thread-safe: guarded by the
 * {@link PipelineStore}'s lock.
 */
final class StepLog {

    /** A page: {@code [start, end)} of the text, and whether more text lies beyond it in the paging direction. */
    record Page(int start, int end, boolean hasMore, String text) {
    }

    private final Deque<LogLine> scheduled = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int[] newlines = new int[16];
    private int newlineCount;

    /** Schedules a line (without its {@code '\n'}) to appear at {@code at}; lines must come in time order. */
    void schedule(LogLine line) {
        scheduled.addLast(line);
    }

    /** Forgets everything, emitted text included (a step that starts again). */
    void clear() {
        scheduled.clear();
        text.setLength(0);
        text.trimToSize();
        newlines = new int[16];
        newlineCount = 0;
    }

    /** Drops scheduled lines later than {@code now} (a canceled step); emitted text stays. */
    void dropAfter(long now) {
        scheduled.removeIf(line -> line.at() > now);
    }

    /**
     * Emits the scheduled lines due at {@code now}, with {@code render} applied to each (variable substitution; it
     * must not depend on time, as a line is rendered once).
     */
    private void emitUntil(long now, UnaryOperator<String> render) {
        while (!scheduled.isEmpty() && scheduled.peekFirst().at() <= now) {
            String line = render.apply(scheduled.pollFirst().text());
            int base = text.length();
            text.append(line).append('\n');
            for (int i = line.indexOf('\n'); i >= 0; i = line.indexOf('\n', i + 1)) {
                addNewline(base + i);
            }
            addNewline(base + line.length());
        }
    }

    private void addNewline(int offset) {
        if (newlineCount == newlines.length) {
            newlines = Arrays.copyOf(newlines, newlines.length * 2);
        }
        newlines[newlineCount++] = offset;
    }

    /**
     * Up to {@code limit} lines from {@code startOffset} forwards (bounded by {@code endOffset} when it lies beyond
     * the start; 0 = no bound), or with {@code ascending == false} the last {@code limit} lines before
     * {@code endOffset} (0 = the end) not going below {@code startOffset}.
     */
    Page page(long now, UnaryOperator<String> render, long startOffset, long endOffset, int limit, boolean ascending) {
        emitUntil(now, render);
        int length = text.length();
        if (ascending) {
            int start = (int) Math.min(Math.max(0, startOffset), length);
            int bound = endOffset > start ? (int) Math.min(endOffset, length) : length;
            int end = start;
            if (limit > 0) {
                // The limit-th line end at or after start, if it lies before the bound; else the bound.
                long last = (long) firstNewlineAtOrAfter(start) + limit - 1;
                end = last < newlineCount && newlines[(int) last] < bound ? newlines[(int) last] + 1 : bound;
            }
            return new Page(start, end, end < length, text.substring(start, end));
        }
        int end = endOffset > 0 ? (int) Math.min(endOffset, length) : length;
        int floor = (int) Math.min(Math.max(0, startOffset), end);
        int start = end;
        if (limit > 0 && end > floor) {
            // Line starts are just after a '\n' no later than end - 2 (the '\n' at end - 1 closes the last line).
            int first = firstNewlineAtOrAfter(end - 1) - limit;
            start = Math.max(first >= 0 ? newlines[first] + 1 : 0, floor);
        }
        return new Page(start, end, start > floor, text.substring(start, end));
    }

    /** Index of the first {@code '\n'} at an offset {@code >= offset} ({@code newlineCount} when there is none). */
    private int firstNewlineAtOrAfter(int offset) {
        int low = 0;
        int high = newlineCount;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (newlines[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
