package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.ProxySettings;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Makes the OkHttp client the transport sends with: a new one, or one derived from the caller's
 * {@link OkHttpConnector}, with the configured timeouts and proxy and the signing, User-Agent and send-tracking
 * interceptors.
 */
final class HttpClients {

    private HttpClients() {
    }

    /** Whether the client is the transport's own (so closing the transport releases it). */
    static boolean ownsClient(CodeArtsConfig config) {
        return config.httpConnector() == null;
    }

    static OkHttpClient create(CodeArtsConfig config) {
        boolean own = ownsClient(config);
        OkHttpClient.Builder builder = own
                ? new OkHttpClient.Builder()
                : ((OkHttpConnector) config.httpConnector()).okHttpClient().newBuilder();
        if (own || config.hasExplicitTimeouts()) {
            builder.connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (config.proxy() != null) {
            ProxySettings proxy = ProxySettings.parse(config.proxy());
            builder.proxy(proxy.toProxy());
            if (proxy.user() != null) {
                String header = okhttp3.Credentials.basic(proxy.user(), proxy.password());
                builder.proxyAuthenticator((route, response) -> {
                    if (response.request().header("Proxy-Authorization") != null) {
                        return null; // the proxy rejected these credentials already; do not loop
                    }
                    return response.request().newBuilder().header("Proxy-Authorization", header).build();
                });
            }
        }
        return builder.addInterceptor(new AuthInterceptor(config))
                .addInterceptor(new UserAgentInterceptor())
                .addNetworkInterceptor(new SendTracker())
                .build();
    }
}
