package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

/** Reads a response body into memory up to {@code maxResponseBytes}, failing early on a larger one. */
final class CappedBodyReader {

    private final long cap;

    CappedBodyReader(long cap) {
        this.cap = cap;
    }

    byte[] read(Operation operation, ResponseBody body, int status, String requestId) throws IOException {
        long declared = body.contentLength();
        if (declared > cap) {
            throw tooLarge(operation, status, requestId, declared + " bytes declared");
        }
        try (InputStream in = body.byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[16384];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > cap) {
                    throw tooLarge(operation, status, requestId, "more than " + cap + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private CodeArtsBadResponseException tooLarge(Operation operation, int status, String requestId, String size) {
        return new CodeArtsBadResponseException(operation.name(), operation.name() + ": the response body is too large ("
                + size + "; the limit is " + describeBytes(cap) + "). Narrow the request"
                + " (smaller page size or log window) or raise maxResponseBytes.", status, requestId, null);
    }

    private static String describeBytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
