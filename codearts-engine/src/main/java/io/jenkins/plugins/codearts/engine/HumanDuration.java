package io.jenkins.plugins.codearts.engine;

import java.time.Duration;

/**
 * Durations as people read them in a console: "10 min", "1 h 5 min", "2 d 3 h", "1.5 s", "250 ms". ISO-8601
 * ({@code PT10M}) is for machines; every message of the engine, the CLI and the plugin uses this form instead.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    /** The largest unit and the next one when it is not zero, so a long wait reads "2 d 1 h", not "2881m 23s". */
    public static String format(Duration duration) {
        if (duration == null) {
            return "no limit";
        }
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            long tenths = Math.round(millis / 100.0);
            return tenths % 10 == 0 ? (tenths / 10) + " s" : (tenths / 10) + "." + (tenths % 10) + " s";
        }
        long seconds = duration.getSeconds();
        long[] amounts = {seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60};
        String[] units = {"d", "h", "min", "s"};
        int first = 0;
        while (amounts[first] == 0) {
            first++;
        }
        StringBuilder text = new StringBuilder().append(amounts[first]).append(' ').append(units[first]);
        if (first + 1 < amounts.length && amounts[first + 1] != 0) {
            text.append(' ').append(amounts[first + 1]).append(' ').append(units[first + 1]);
        }
        return text.toString();
    }
}
