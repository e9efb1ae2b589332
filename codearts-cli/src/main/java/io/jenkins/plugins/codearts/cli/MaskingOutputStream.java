package io.jenkins.plugins.codearts.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The one gate every byte of standard output and error passes: text is collected up to a newline (or a flush),
 * decoded as UTF-8, masked with the invocation's {@link Secrets} and written as UTF-8. Collecting whole lines keeps
 * a secret printed in several pieces from slipping through; UTF-8 in and out keeps the output independent of the
 * machine's locale, as Go command-line tools do.
 */
final class MaskingOutputStream extends OutputStream {

    private final OutputStream target;
    private final Secrets secrets;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream target, Secrets secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    /** A UTF-8 print stream that masks through {@code secrets} and flushes at each line. */
    static PrintStream printStream(OutputStream target, Secrets secrets) {
        return new Masked(new MaskingOutputStream(target, secrets));
    }

    /** Marks a stream that already masks, so wrapping twice is avoided. */
    static final class Masked extends PrintStream {
        Masked(MaskingOutputStream stream) {
            super(stream, true, StandardCharsets.UTF_8);
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        pending.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int lineStart = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                pending.write(bytes, lineStart, i + 1 - lineStart);
                emit();
                lineStart = i + 1;
            }
        }
        pending.write(bytes, lineStart, offset + length - lineStart);
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }

    private void emit() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        target.write(secrets.mask(text).getBytes(StandardCharsets.UTF_8));
    }
}
