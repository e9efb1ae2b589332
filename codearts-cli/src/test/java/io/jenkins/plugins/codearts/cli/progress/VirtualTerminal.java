package io.jenkins.plugins.codearts.cli.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a terminal to check the live display: it interprets newline, carriage return, cursor-up
 * ({@code ESC[nA}), erase-below ({@code ESC[J}) and ignores colors ({@code ESC[...m}). Any other escape fails the
 * test, so the renderer cannot start relying on sequences this model does not check.
 */
final class VirtualTerminal {

    private final List<StringBuilder> rows = new ArrayList<>();
    private int row;

    VirtualTerminal feed(String output) {
        int i = 0;
        while (i < output.length()) {
            char c = output.charAt(i);
            if (c == '\u001B') {
                if (output.charAt(i + 1) != '[') {
                    throw new AssertionError("unexpected escape at " + i);
                }
                int end = i + 2;
                while (!Character.isLetter(output.charAt(end))) {
                    end++;
                }
                String params = output.substring(i + 2, end);
                char command = output.charAt(end);
                switch (command) {
                    case 'm' -> { }
                    case 'A' -> row = Math.max(0, row - (params.isEmpty() ? 1 : Integer.parseInt(params)));
                    case 'J' -> {
                        while (rows.size() > row) {
                            rows.remove(rows.size() - 1);
                        }
                    }
                    default -> throw new AssertionError("unexpected escape sequence ESC[" + params + command);
                }
                i = end + 1;
                continue;
            }
            if (c == '\n') {
                row++;
            } else if (c != '\r') {
                while (rows.size() <= row) {
                    rows.add(new StringBuilder());
                }
                rows.get(row).append(c);
            }
            i++;
        }
        return this;
    }

    List<String> screen() {
        return rows.stream().map(StringBuilder::toString).map(String::stripTrailing).toList();
    }
}
