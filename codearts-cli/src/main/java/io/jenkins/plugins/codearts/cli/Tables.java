package io.jenkins.plugins.codearts.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The list commands' output: the --limit check, JSON or a table, and cell formatting. */
final class Tables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Tables() {
    }

    /** Epoch milliseconds as UTC date and time, "-" when unknown. */
    static String time(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? "-" : TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    /** {@code --limit}: a CodeArts page holds 1 to 100 items. */
    static void checkLimit(int limit) {
        if (limit < 1 || limit > 100) {
            throw new CliException(ExitCodes.USAGE, "--limit " + limit + " is out of range; use 1..100");
        }
    }

    /**
     * Prints {@code found} as JSON with {@code json}; else, when it is empty, {@code noneFound} on stderr; else a table
     * of {@code headings} and one {@code rowFormat} line of {@code cells} per item. True when it printed a table.
     */
    static <T> boolean print(CliEnvironment environment, boolean json, List<T> found, Supplier<String> noneFound,
            String rowFormat, Function<T, Object[]> cells, Object... headings) {
        if (json) {
            Json.print(environment, found);
            return false;
        }
        if (found.isEmpty()) {
            environment.err().println(noneFound.get());
            return false;
        }
        environment.out().println(String.format(rowFormat, headings));
        for (T item : found) {
            environment.out().println(String.format(rowFormat, cells.apply(item)));
        }
        return true;
    }
}
