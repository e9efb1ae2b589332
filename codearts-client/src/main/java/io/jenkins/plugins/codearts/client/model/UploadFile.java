package io.jenkins.plugins.codearts.client.model;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;

/**
 * A file to upload in a multipart form (plug-in packages, icons, marketplace packages, file chunks). The bytes are
 * streamed from the file or stream into the socket while the request is written; they are never held in memory.
 *
 * <p>A file given as a {@link Path} is opened again for every attempt, so a retried request sends it again. An
 * {@link InputStream} can be sent only once: the request body says so (it is one-shot), so OkHttp
 * does not repeat it, and a second attempt fails with a message that says to pass a path instead.
 */
public final class UploadFile {

    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    /** Opens the bytes for one attempt. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private final String fileName;
    private final MediaType contentType;
    private final long length;
    private final Opener opener;
    private final boolean oneShot;
    private final AtomicBoolean streamUsed = new AtomicBoolean();

    private UploadFile(String fileName, MediaType contentType, long length, Opener opener, boolean oneShot) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.length = length;
        this.opener = opener;
        this.oneShot = oneShot;
    }

    /**
     * A file on disk, sent with the file name of the path and a content type guessed from it.
     *
     * @throws CodeArtsInvalidArgumentException when the path is not a readable regular file
     */
    public static UploadFile of(Path path) {
        return of(path, null);
    }

    /**
     * A file on disk with an explicit content type (e.g. {@code image/png}); null guesses it from the name.
     *
     * @throws CodeArtsInvalidArgumentException when the path is not a readable regular file
     */
    public static UploadFile of(Path path, String contentType) {
        if (path == null) {
            throw new CodeArtsInvalidArgumentException("upload file", null,
                    "is missing; pass the path of the file to send");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CodeArtsInvalidArgumentException("upload file", path.toString(),
                    "is not a readable regular file; check the path and its permissions");
        }
        long size;
        String type = contentType;
        try {
            size = Files.size(path);
            if (type == null) {
                type = Files.probeContentType(path);
            }
        } catch (IOException e) {
            throw new CodeArtsInvalidArgumentException("upload file", path.toString(),
                    "cannot be read (" + e.getMessage() + ")");
        }
        return new UploadFile(path.getFileName().toString(), mediaType(type), size, () -> Files.newInputStream(path),
                false);
    }

    /**
     * Bytes from a stream, sent once. The stream is closed after it has been sent.
     *
     * @param fileName the file name the form reports, e.g. {@code plugin.zip}
     * @param stream the bytes
     * @param length the number of bytes, or -1 when unknown (the request is then sent chunked)
     * @param contentType the content type, or null for {@code application/octet-stream}
     */
    public static UploadFile of(String fileName, InputStream stream, long length, String contentType) {
        if (fileName == null || fileName.isBlank()) {
            throw new CodeArtsInvalidArgumentException("upload file name", fileName,
                    "must not be empty; the form part needs a file name such as plugin.zip");
        }
        if (stream == null) {
            throw new CodeArtsInvalidArgumentException("upload stream", null, "is missing; pass the stream to send");
        }
        if (length < -1) {
            throw new CodeArtsInvalidArgumentException("upload length", String.valueOf(length),
                    "must be the number of bytes, or -1 when unknown");
        }
        return new UploadFile(fileName, mediaType(contentType), length, () -> stream, true);
    }

    private static MediaType mediaType(String type) {
        MediaType parsed = type == null ? null : MediaType.parse(type);
        return parsed == null ? OCTET_STREAM : parsed;
    }

    public String fileName() {
        return fileName;
    }

    /** The byte count, or -1 when unknown. */
    public long length() {
        return length;
    }

    /** Whether the bytes can be sent only once (a stream rather than a path). */
    public boolean oneShot() {
        return oneShot;
    }

    /** The content type, e.g. {@code image/png}; {@code application/octet-stream} when unknown. */
    public String contentType() {
        return contentType.toString();
    }

    /**
     * Opens the bytes for one attempt: a path is opened again each time; a stream is handed out once.
     *
     * @throws IOException when the file cannot be opened, or the stream has already been sent
     */
    public InputStream open() throws IOException {
        if (oneShot && !streamUsed.compareAndSet(false, true)) {
            throw new IOException("the stream of upload '" + fileName + "' has already been sent and cannot"
                    + " be sent again; upload from a Path (UploadFile.of(path)) to allow retries");
        }
        return opener.open();
    }

    @Override
    public String toString() {
        return "UploadFile[" + fileName + ", " + (length < 0 ? "unknown length" : length + " bytes") + "]";
    }
}
