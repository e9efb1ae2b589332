package io.jenkins.plugins.codearts.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Cell formatting shared by the list commands. */
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
}
