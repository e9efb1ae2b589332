package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Builds the {@code multipart/form-data} bodies of the upload operations. The file part streams (see
 * {@link #fileBody}); the whole body reports itself one-shot when the file can be sent only once, which OkHttp's
 * own {@link MultipartBody} does not pass on.
 */
public final class MultipartForm {

    private final MultipartBody.Builder builder = new MultipartBody.Builder().setType(MultipartBody.FORM);
    private boolean oneShot;

    /** Adds a text field; a null value adds nothing (optional form fields). */
    public MultipartForm field(String name, Object value) {
        if (value != null) {
            builder.addFormDataPart(name, String.valueOf(value));
        }
        return this;
    }

    /** Adds the file part under {@code name}. */
    public MultipartForm file(String name, UploadFile file) {
        if (file == null) {
            throw new CodeArtsInvalidArgumentException("upload file", null,
                    "is missing; pass UploadFile.of(path) or UploadFile.of(name, stream, length, contentType)");
        }
        builder.addFormDataPart(name, file.fileName(), fileBody(file));
        oneShot |= file.oneShot();
        return this;
    }

    public RequestBody build() {
        MultipartBody body = builder.build();
        boolean once = oneShot;
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return body.contentType();
            }

            @Override
            public long contentLength() throws IOException {
                return body.contentLength();
            }

            @Override
            public boolean isOneShot() {
                return once;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                body.writeTo(sink);
            }
        };
    }

    /** A request body that copies the file's bytes into the socket while the request is written. */
    public static RequestBody fileBody(UploadFile file) {
        MediaType contentType = MediaType.get(file.contentType());
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return contentType;
            }

            @Override
            public long contentLength() {
                return file.length();
            }

            @Override
            public boolean isOneShot() {
                return file.oneShot();
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (InputStream in = file.open(); Source source = Okio.source(in)) {
                    sink.writeAll(source);
                }
            }
        };
    }
}
