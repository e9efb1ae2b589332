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
        String carry = pending == null ? "" : pending;
        int from = 0;
        int length = chunk == null ? 0 : chunk.length();
        while (from < length) {
            int newline = chunk.indexOf('\n', from);
            if (newline < 0) {
                break;
            }
            String line;
            if (carry.isEmpty()) {
                int end = newline > from && chunk.charAt(newline - 1) == '\r' ? newline - 1 : newline;
                line = chunk.substring(from, end); // the common case: one copy per line
            } else {
                line = withoutTrailingCr(carry + chunk.substring(from, newline));
                carry = "";
            }
            addSplit(line, lines);
            from = newline + 1;
        }
        String rest = from < length ? carry + chunk.substring(from) : carry;
        // A partial line that already exceeds the limit is emitted in full-size pieces now; only the rest waits.
        int start = 0;
        while (rest.length() - start > maxLineChars) {
            int cut = cutPoint(rest, start);
            lines.add(rest.substring(start, cut));
            start = cut;
        }
        return new Assembled(lines, start == 0 ? rest : rest.substring(start));
    }

    /** What is left when the step is over: the pending text as a last line, if any. */
    List<String> flush(String pending) {
        List<String> lines = new ArrayList<>();
        if (pending != null && !pending.isEmpty()) {
            addSplit(pending, lines);
        }
        return lines;
    }

    /** Adds a complete line, split into pieces of at most {@code maxLineChars}. */
    private void addSplit(String line, List<String> lines) {
        if (line.length() <= maxLineChars) {
            lines.add(line);
            return;
        }
        int start = 0;
        while (line.length() - start > maxLineChars) {
            int cut = cutPoint(line, start);
            lines.add(line.substring(start, cut));
            start = cut;
        }
        lines.add(line.substring(start));
    }

    /** End of the piece starting at {@code start}: the limit, moved back one so a surrogate pair is never cut. */
    private int cutPoint(String text, int start) {
        int end = start + maxLineChars;
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    private static String withoutTrailingCr(String line) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == '\r' ? line.substring(0, line.length() - 1) : line;
    }
}
