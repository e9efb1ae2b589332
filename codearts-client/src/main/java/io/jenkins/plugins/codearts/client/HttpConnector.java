package io.jenkins.plugins.codearts.client;

/**
 * Where the client's HTTP connections come from, given to {@link CodeArtsConfig.Builder#httpConnector}: a caller
 * that already has a configured HTTP client (Jenkins' proxy-aware one, one with a logging interceptor) passes it
 * here, and the client sends through a copy that shares its connection pool, proxy selector and interceptors.
 *
 * <p>The client sends with OkHttp, so the implementation is
 * {@link io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector}; without a connector the client creates and
 * closes its own. The connector itself is never changed.
 */
public interface HttpConnector {
}
