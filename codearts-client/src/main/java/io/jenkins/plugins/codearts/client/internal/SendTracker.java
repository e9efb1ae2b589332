package io.jenkins.plugins.codearts.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: OkHttp calls it only after a connection to the server (or proxy) is established, right
 * before the request is written. Failures before this point (DNS, connection refused, connect timeout) cannot have
 * reached the server, so even {@code runPipeline} may be retried after them.
 */
final class SendTracker implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext context = chain.request().tag(CallContext.class);
        if (context != null) {
            context.requestSent = true;
        }
        return chain.proceed(chain.request());
    }
}
