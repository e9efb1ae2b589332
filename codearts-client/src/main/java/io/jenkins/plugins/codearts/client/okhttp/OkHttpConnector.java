package io.jenkins.plugins.codearts.client.okhttp;

import io.jenkins.plugins.codearts.client.HttpConnector;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Sends the client's requests through a caller's {@link OkHttpClient}: the client calls {@code newBuilder()} on it,
 * so the connection pool, dispatcher, proxy selector and interceptors are shared and the given client is not
 * modified. Its timeouts are kept unless timeouts are also set on {@code CodeArtsConfig.Builder}. Closing the
 * CodeArts client leaves its threads and connections alone.
 *
 * <pre>{@code
 * CodeArtsConfig.builder().httpConnector(OkHttpConnector.of(okHttpClient))
 * }</pre>
 */
public final class OkHttpConnector implements HttpConnector {

    private final OkHttpClient okHttpClient;

    private OkHttpConnector(OkHttpClient okHttpClient) {
        this.okHttpClient = okHttpClient;
    }

    public static OkHttpConnector of(OkHttpClient okHttpClient) {
        return new OkHttpConnector(Objects.requireNonNull(okHttpClient, "okHttpClient"));
    }

    /** The caller's client, which the CodeArts client derives its own from. */
    public OkHttpClient okHttpClient() {
        return okHttpClient;
    }

    @Override
    public String toString() {
        return "OkHttpConnector";
    }
}
