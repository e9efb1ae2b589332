package io.jenkins.plugins.codearts.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads scenario durations: a number of seconds ({@code 12}, {@code 0.5}) or units ({@code "1m30s"}, {@code "250ms"}, {@code "2h"}). */
final class DurationParser {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private DurationParser() {
    }

    static long millis(JsonNode node, String where) {
        if (node.isNumber()) {
            return checked((long) (node.asDouble() * 1000), where, node.asText());
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        if (text.matches("\\d+(\\.\\d+)?")) {
            return checked((long) (Double.parseDouble(text) * 1000), where, text);
        }
        Matcher matcher = PART.matcher(text);
        long total = 0;
        int consumed = 0;
        while (matcher.find()) {
            if (matcher.start() != consumed) {
                break;
            }
            double amount = Double.parseDouble(matcher.group(1));
            total += (long) switch (matcher.group(2)) {
                case "ms" -> amount;
                case "s" -> amount * 1000;
                case "m" -> amount * 60_000;
                default -> amount * 3_600_000;
            };
            consumed = matcher.end();
        }
        if (consumed == 0 || consumed != text.length()) {
            throw new ScenarioException(where + ": '" + node.asText() + "' is not a duration; write seconds (12) or units such as \"1m30s\", \"250ms\", \"2h\"");
        }
        return total;
    }

    private static long checked(long millis, String where, String text) {
        if (millis < 0) {
            throw new ScenarioException(where + ": duration must not be negative, was " + text);
        }
        return millis;
    }
}
