package io.jenkins.plugins.codearts.cli.progress;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The terminal's width in columns. Shells do not export {@code COLUMNS}, so the terminal itself is asked with
 * {@code stty size </dev/tty} (the same ioctl Go tools use, without native code); {@code COLUMNS}, then 80 are the
 * fallbacks when there is no terminal to ask (Windows, a pipe without a controlling terminal).
 */
public final class TerminalSize {

    static final int FALLBACK_COLUMNS = 80;
    /** A resized window is noticed within this long without starting a process on every redraw. */
    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(2);

    private TerminalSize() {
    }

    /** A width source that asks the terminal at most every two seconds. */
    public static IntSupplier columnsSource(Map<String, String> env) {
        return new IntSupplier() {
            private int columns = columns(env);
            private long askedAt = System.nanoTime();

            @Override
            public synchronized int getAsInt() {
                if (System.nanoTime() - askedAt > REFRESH_NANOS) {
                    columns = columns(env);
                    askedAt = System.nanoTime();
                }
                return columns;
            }
        };
    }

    public static int columns(Map<String, String> env) {
        return columns(env, TerminalSize::askTerminal);
    }

    /** @param terminal asks the terminal; 0 when there is none */
    static int columns(Map<String, String> env, IntSupplier terminal) {
        int fromTerminal = terminal.getAsInt();
        if (fromTerminal > 0) {
            return fromTerminal;
        }
        try {
            int fromEnv = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (fromEnv > 0) {
                return fromEnv;
            }
        } catch (NumberFormatException notSet) {
            // fall through to the default
        }
        return FALLBACK_COLUMNS;
    }

    /** {@code stty size} on the controlling terminal: "rows columns"; 0 when there is none. */
    static int askTerminal() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return 0;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return 0;
            }
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            String[] parts = answer.split("\\s+");
            return stty.exitValue() == 0 && parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
