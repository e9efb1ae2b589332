package io.jenkins.plugins.codearts.cli.progress;

import java.time.Duration;
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
}
