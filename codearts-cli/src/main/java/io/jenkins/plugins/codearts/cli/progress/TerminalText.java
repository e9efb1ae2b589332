package io.jenkins.plugins.codearts.cli.progress;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the renderers. */
final class TerminalText {

    /** CSI sequences (colors, cursor moves) and other two-character escapes. */
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]");
    /** Control characters other than tab; a stray carriage return or backspace in a remote log would corrupt the display. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private TerminalText() {
    }

    /** Removes escape sequences and control characters from remote text. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String withoutEscapes = ESCAPES.matcher(text).replaceAll("");
        return CONTROLS.matcher(withoutEscapes).replaceAll("");
    }

    /** 00:42, 12:05, 1:02:03. */
    static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%02d:%02d", minutes, rest);
    }

    static String truncate(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 1 ? text.substring(0, Math.max(0, width)) : text.substring(0, width - 1) + "~";
    }

    /**
     * {@code line} cut to {@code columns} visible columns: escape sequences take none, East Asian wide characters two.
     * A cut line ends with a color reset so the rest of the screen is not colored.
     */
    static String fit(String line, int columns) {
        StringBuilder fitted = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '\u001B') {
                Matcher escape = ESCAPES.matcher(line).region(i, line.length());
                if (escape.lookingAt()) {
                    fitted.append(escape.group());
                    i = escape.end();
                    continue;
                }
            }
            int codePoint = line.codePointAt(i);
            int cells = isWide(codePoint) ? 2 : 1;
            if (used + cells > columns) {
                return fitted.append("\u001B[0m").toString();
            }
            fitted.appendCodePoint(codePoint);
            used += cells;
            i += Character.charCount(codePoint);
        }
        return fitted.toString();
    }

    /** Characters a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji). */
    static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x1F300 && codePoint <= 0x1F64F)
                || (codePoint >= 0x1F900 && codePoint <= 0x1F9FF) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }
}
