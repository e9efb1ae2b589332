package io.jenkins.plugins.codearts.emulator.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the showStepLogs answer ({@code has_more, end_offset, start_offset, log, location, step_run_id}, in that
 * order) straight to UTF-8 JSON bytes. A logs page is up to 10,000 lines; escaping it through Jackson's generator,
 * where every {@code '\n'} drops to its slow path, was the emulator's largest cost once pages stopped re-rendering
 * whole logs. Runs of plain ASCII are copied in bulk. The output parses to exactly the same values as Jackson's.
 */
final class LogPageJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private byte[] out;
    private int size;

    private LogPageJson(int capacity) {
        out = new byte[capacity];
    }

    static byte[] write(RunSimulator.LogPage page, String location, String stepRunId) {
        LogPageJson json = new LogPageJson(page.log().length() + page.log().length() / 16 + 160 + stepRunId.length());
        json.ascii("{\"has_more\":").ascii(page.hasMore() ? "true" : "false")
                .ascii(",\"end_offset\":\"").ascii(Long.toString(page.endOffset()))
                .ascii("\",\"start_offset\":\"").ascii(Long.toString(page.startOffset()))
                .ascii("\",\"log\":").string(page.log())
                .ascii(",\"location\":").string(location)
                .ascii(",\"step_run_id\":").string(stepRunId)
                .ascii("}");
        return Arrays.copyOf(json.out, json.size);
    }

    private LogPageJson ascii(String text) {
        ensure(text.length());
        text.getBytes(0, text.length(), out, size); // ASCII only: the low byte is the character
        size += text.length();
        return this;
    }

    /** A JSON string literal: quotes, the escapes JSON requires, UTF-8 for the rest. */
    private LogPageJson string(String text) {
        // Most logs are ASCII: then the UTF-8 bytes (a plain copy for such strings) line up with the characters, and
        // scanning a byte array is much cheaper than charAt. A lone surrogate also encodes to one byte ('?').
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return utf8.length == text.length() ? asciiString(text, utf8) : anyString(text);
    }

    private LogPageJson asciiString(String text, byte[] utf8) {
        ensure(utf8.length + 2);
        out[size++] = '"';
        int plainFrom = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' && (b != '?' || text.charAt(i) == '?')) {
                continue;
            }
            ensure(i - plainFrom + 6);
            System.arraycopy(utf8, plainFrom, out, size, i - plainFrom);
            size += i - plainFrom;
            special(text.charAt(i));
            plainFrom = i + 1;
        }
        ensure(utf8.length - plainFrom + 1);
        System.arraycopy(utf8, plainFrom, out, size, utf8.length - plainFrom);
        size += utf8.length - plainFrom;
        out[size++] = '"';
        return this;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies ASCII runs without a charset pass
    private LogPageJson anyString(String text) {
        ensure(text.length() + 2);
        out[size++] = '"';
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            // Flush the ASCII run before i, then write c the long way (escaped or UTF-8 encoded).
            ensure(i - plainFrom + 6);
            text.getBytes(plainFrom, i, out, size);
            size += i - plainFrom;
            special(c);
            plainFrom = i + 1;
        }
        ensure(length - plainFrom + 1);
        text.getBytes(plainFrom, length, out, size);
        size += length - plainFrom;
        out[size++] = '"';
        return this;
    }

    private void special(char c) {
        switch (c) {
            case '\n' -> escape('n');
            case '"' -> escape('"');
            case '\\' -> escape('\\');
            case '\t' -> escape('t');
            case '\r' -> escape('r');
            case '\b' -> escape('b');
            case '\f' -> escape('f');
            default -> {
                if (c < 0x20 || Character.isSurrogate(c)) {
                    // Other control characters, and surrogates (paired ones too, as Jackson does by default), as
                    // a \\u escape with four hex digits.
                    out[size++] = '\\';
                    out[size++] = 'u';
                    out[size++] = (byte) HEX[c >> 12 & 0xf];
                    out[size++] = (byte) HEX[c >> 8 & 0xf];
                    out[size++] = (byte) HEX[c >> 4 & 0xf];
                    out[size++] = (byte) HEX[c & 0xf];
                } else if (c < 0x80) {
                    out[size++] = (byte) c; // DEL
                } else if (c < 0x800) {
                    out[size++] = (byte) (0xc0 | c >> 6);
                    out[size++] = (byte) (0x80 | c & 0x3f);
                } else {
                    out[size++] = (byte) (0xe0 | c >> 12);
                    out[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                    out[size++] = (byte) (0x80 | c & 0x3f);
                }
            }
        }
    }

    private void escape(char c) {
        out[size++] = '\\';
        out[size++] = (byte) c;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
