package io.jenkins.plugins.codearts.emulator.pipeline;

import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.LogLine;
import io.jenkins.plugins.codearts.emulator.pipeline.RunModel.StepRun;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The text of step logs: the time-stamped lines the simulator schedules, the default script of a step without
 * scripted logs, and the {@code ${var}} substitution applied when a page is read.
 */
final class StepLogText {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS 'GMT+00:00'")
            .withZone(ZoneOffset.UTC);

    private StepLogText() {
    }

    static String stepName(StepRun step) {
        if (step.spec.name() != null) {
            return step.spec.name();
        }
        return step.spec.task();
    }

    static String prefixed(String text) {
        return text.startsWith("[") ? text : "[INFO] " + text;
    }

    static LogLine line(long at, String text) {
        return new LogLine(at, "[" + LOG_TIME.format(Instant.ofEpochMilli(at)) + "] " + text);
    }

    static List<String> defaultLogs(StepSpec spec) {
        return List.of(
                "===== flow agent launched =====",
                "step begin: [" + (spec.name() == null ? spec.task() : spec.name()) + "]",
                "start to use official executor [" + spec.task() + "]",
                "finish to use official executor");
    }

    static String formatDuration(long millis) {
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + " min";
        }
        return millis / 1000.0 + " s";
    }

    /**
     * Replaces {@code ${NAME}} (NAME of letters, digits, '_', '.', '-') by the run's value; unknown names stay as they
     * are. Hand-written rather than a regex replacement, which copies a long value character by character: runs may
     * print megabytes through one variable.
     */
    static String substitute(String text, Map<String, String> variables) {
        int open = text.indexOf("${");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        while (open >= 0) {
            int nameEnd = open + 2;
            while (nameEnd < text.length() && isVariableNameChar(text.charAt(nameEnd))) {
                nameEnd++;
            }
            String value = nameEnd > open + 2 && nameEnd < text.length() && text.charAt(nameEnd) == '}'
                    ? variables.get(text.substring(open + 2, nameEnd)) : null;
            if (value != null) {
                out.append(text, copied, open).append(value);
                copied = nameEnd + 1;
                open = text.indexOf("${", copied);
            } else {
                open = text.indexOf("${", open + 1);
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isVariableNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }
}
