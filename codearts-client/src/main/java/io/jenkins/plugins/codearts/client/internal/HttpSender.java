package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsOutcomeUnknownException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.RetrySafety;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one attempt over OkHttp and says what went wrong when no response came: which network step failed and
 * whether the request may have reached the server.
 */
final class HttpSender implements AutoCloseable {

    private final CodeArtsConfig config;
    private final OkHttpClient safeClient;
    private final OkHttpClient unsafeClient;
    private final boolean ownsClient;
    private final IamTokenProvider tokenProvider;
    private final ResponseInterpreter interpreter;

    HttpSender(CodeArtsConfig config, IamTokenProvider tokenProvider) {
        this.config = config;
        this.tokenProvider = tokenProvider;
        this.ownsClient = HttpClients.ownsClient(config);
        this.safeClient = HttpClients.create(config);
        // OkHttp silently re-sends a request after some connection failures; never for operations that must not
        // run twice.
        this.unsafeClient = safeClient.newBuilder().retryOnConnectionFailure(false).build();
        this.interpreter = new ResponseInterpreter(config);
    }

    /** The client used for retry-safe operations. */
    OkHttpClient client() {
        return safeClient;
    }

    ApiResponse send(Operation operation, HttpUrl url, RequestBody body, CallContext context) {
        if (tokenProvider != null && context.auth == CallContext.Auth.SIGNED_OR_TOKEN) {
            context.tokenUsed = tokenProvider.token();
        }
        RequestBody requestBody = operation.hasRequestBody() ? body : null;
        Request request = new Request.Builder()
                .url(url)
                .method(operation.method(), requestBody)
                .tag(CallContext.class, context)
                .build();
        OkHttpClient client = operation.retrySafety() == RetrySafety.SAFE ? safeClient : unsafeClient;
        try (Response response = client.newCall(request).execute()) {
            return interpreter.interpret(operation, response);
        } catch (IOException e) {
            throw failure(operation, url, e, context);
        }
    }

    private CodeArtsException failure(Operation operation, HttpUrl url, IOException e, CallContext context) {
        String name = operation.name();
        String target = url.scheme() + "://" + AkSkSigner.hostHeader(url);
        String what;
        if (e instanceof UnknownHostException) {
            what = "cannot resolve the host name of " + target;
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "cannot connect to " + target + " (" + e.getMessage() + ")";
        } else if (e instanceof SocketTimeoutException) {
            what = context.requestSent
                    ? "no response from " + target + " within the read timeout (" + describe(config.readTimeout()) + ")"
                    : "connecting to " + target + " timed out (connect timeout " + describe(config.connectTimeout()) + ")";
        } else if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
            what = "the call to " + target + " exceeded the call timeout (" + describe(config.callTimeout()) + ")";
        } else if (e instanceof SSLException) {
            what = "the TLS handshake with " + target + " failed (" + e.getMessage() + ")";
        } else {
            what = "the connection to " + target + " failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")";
        }
        if (context.requestSent && operation.retrySafety() == RetrySafety.UNSAFE) {
            return new CodeArtsOutcomeUnknownException(name, name + ": " + what
                    + " after the request was sent, so the service may or may not have acted on it. It was not sent"
                    + " again because repeating " + name + " could do it twice (e.g. start a second run); check the"
                    + " current state (for a run: listPipelineRuns) before trying again.", e);
        }
        return new CodeArtsTransportException(name, name + ": " + what
                + ". Check the endpoint URL, the proxy settings and the network.", context.requestSent, e);
    }

    private static String describe(Duration duration) {
        return duration == null ? "default" : duration.toMillis() % 1000 == 0
                ? duration.toSeconds() + " s"
                : duration.toMillis() + " ms";
    }

    /** Releases the connection pool and threads, unless they belong to a caller-supplied OkHttp client. */
    @Override
    public void close() {
        if (ownsClient) {
            safeClient.dispatcher().executorService().shutdown();
            safeClient.connectionPool().evictAll();
        }
    }
}
