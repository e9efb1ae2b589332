package io.jenkins.plugins.codearts.cli.progress;

import java.time.Duration;

/** Elapsed-time formatting shared with commands: 00:42, 12:05, 1:02:03. */
public final class TerminalTime {

    private TerminalTime() {
    }

    public static String format(Duration duration) {
        return TerminalText.elapsed(duration);
    }
}
