package io.jenkins.plugins.codearts.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns log chunks into whole lines. A chunk may end in the middle of a line: that partial tail is handed back as the
 * new pending text and completed by the next chunk. Lines longer than the limit are split into several lines, never
 * dropped or cut short, so one huge line cannot stop later output. Carriage returns before a newline are removed.
 * Stateless: the pending text lives in the caller's (persisted) cursor.
 */
final class LogLineAssembler {

    private final int maxLineChars;

    LogLineAssembler(int maxLineChars) {
        if (maxLineChars < 16) {
            throw new IllegalArgumentException("maxLineChars is " + maxLineChars + "; use at least 16");
        }
        this.maxLineChars = maxLineChars;
    }

    /** Lines completed by this chunk, and the partial line still waiting for its end (shorter than the limit). */
    record Assembled(List<String> lines, String pending) {
    }

    Assembled accept(String pending, String chunk) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(pending == null ? "" : pending);
        if (chunk != null) {
            int from = 0;
            int length = chunk.length();
            while (from < length) {
                int newline = chunk.indexOf('\n', from);
                if (newline < 0) {
                    current.append(chunk, from, length);
                    break;
                }
                current.append(chunk, from, newline);
                if (current.length() > 0 && current.charAt(current.length() - 1) == '\r') {
                    current.setLength(current.length() - 1);
                }
                split(current, lines, true);
                current.setLength(0);
                from = newline + 1;
            }
        }
        // A partial line that already exceeds the limit is emitted in full-size pieces now; only the rest waits.
        split(current, lines, false);
        return new Assembled(lines, current.toString());
    }

    /** What is left when the step is over: the pending text as a last line, if any. */
    List<String> flush(String pending) {
        List<String> lines = new ArrayList<>();
        if (pending != null && !pending.isEmpty()) {
            StringBuilder rest = new StringBuilder(pending);
            split(rest, lines, true);
        }
        return lines;
    }

    /**
     * Moves {@code text} into {@code lines} in pieces of at most {@code maxLineChars}. With {@code complete} the last
     * piece is emitted too and the builder is emptied; otherwise the last piece (under the limit) stays in the builder.
     */
    private void split(StringBuilder text, List<String> lines, boolean complete) {
        int start = 0;
        while (text.length() - start > maxLineChars) {
            int end = start + maxLineChars;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never cut a surrogate pair in half
            }
            lines.add(text.substring(start, end));
            start = end;
        }
        if (complete) {
            lines.add(text.substring(start));
            text.setLength(0);
        } else if (start > 0) {
            text.delete(0, start);
        }
    }
}
