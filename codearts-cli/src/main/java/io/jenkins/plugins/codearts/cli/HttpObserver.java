package io.jenkins.plugins.codearts.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Watches every HTTP exchange on the wire (after signing): learns IAM tokens so they are masked, says that the CLI is
 * still waiting when a server is slow to answer, and with {@code --debug} prints a trace with every credential
 * header redacted.
 */
final class HttpObserver implements Interceptor {

    /** Headers that carry credentials: shown as {@code <redacted>} in the trace. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "x-auth-token", "x-subject-token",
            "x-security-token", "proxy-authorization", "cookie", "set-cookie");
    /** The first "still waiting" notice after this long without an answer, then one every {@link #WAITING_REPEAT}. */
    static final Duration WAITING_NOTICE = Duration.ofSeconds(5);
    static final Duration WAITING_REPEAT = Duration.ofSeconds(10);
    private static final int MAX_TRACED_BODY = 4000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "codearts-http-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final Secrets secrets;
    private final Consumer<String> notices;
    private final Consumer<String> trace;
    private final Duration readTimeout;

    /**
     * @param notices where "still waiting" lines go (stderr, or the progress display)
     * @param trace   where the --debug trace goes, or null without --debug
     */
    HttpObserver(Secrets secrets, Consumer<String> notices, Consumer<String> trace, Duration readTimeout) {
        this.secrets = secrets;
        this.notices = notices;
        this.trace = trace;
        this.readTimeout = readTimeout;
    }

    /** The HTTP client the CodeArts client derives its own from: the client's usual timeouts plus this observer. */
    static OkHttpClient httpClient(HttpObserver observer, Duration connect, Duration read, Duration call) {
        return new OkHttpClient.Builder()
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(call.toMillis(), TimeUnit.MILLISECONDS)
                .addNetworkInterceptor(observer)
                .build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        learnSecrets(request.header("X-Auth-Token"), request.header("X-Security-Token"));
        String target = request.url().host() + ":" + request.url().port();
        long started = System.nanoTime();
        if (trace != null) {
            traceRequest(request);
        }
        ScheduledFuture<?> waiting = TIMER.scheduleAtFixedRate(() -> notices.accept("still waiting for an answer from "
                + target + " (" + io.jenkins.plugins.codearts.engine.HumanDuration.format(
                        Duration.ofNanos(System.nanoTime() - started).withNanos(0))
                + " so far; each try gives up after " + io.jenkins.plugins.codearts.engine.HumanDuration.format(
                        readTimeout) + ")"),
                WAITING_NOTICE.toMillis(), WAITING_REPEAT.toMillis(), TimeUnit.MILLISECONDS);
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException failed) {
            if (trace != null) {
                trace.accept("< " + request.method() + " " + request.url().encodedPath() + " failed after "
                        + elapsed(started) + ": " + ErrorMessages.describe(failed));
            }
            throw failed;
        } finally {
            waiting.cancel(false);
        }
        learnSecrets(response.header("X-Subject-Token"));
        if (trace != null) {
            traceResponse(response, started);
        }
        return response;
    }

    private void learnSecrets(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                secrets.add(value);
            }
        }
    }

    private void traceRequest(Request request) throws IOException {
        trace.accept("> " + request.method() + " " + request.url());
        traceHeaders("> ", request.headers());
        if (request.body() != null && request.body().contentLength() != 0) {
            Buffer body = new Buffer();
            request.body().writeTo(body);
            trace.accept("> " + clip(body.readUtf8()));
        }
    }

    private void traceResponse(Response response, long started) throws IOException {
        trace.accept("< " + response.code() + " " + response.message() + " (" + elapsed(started) + ")");
        traceHeaders("< ", response.headers());
        MediaType type = response.body() == null ? null : response.body().contentType();
        if (type == null || "json".equals(type.subtype()) || "text".equals(type.type())) {
            String body = response.peekBody(MAX_TRACED_BODY + 1L).string();
            if (!body.isEmpty()) {
                trace.accept("< " + clip(body));
            }
        }
    }

    private void traceHeaders(String direction, okhttp3.Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            trace.accept(direction + headers.name(i) + ": " + shown(headers.name(i), headers.value(i)));
        }
    }

    private static String shown(String name, String value) {
        return CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : value;
    }

    private static String clip(String body) {
        String oneLine = body.replace("\r", "").replace("\n", " ");
        return oneLine.length() <= MAX_TRACED_BODY ? oneLine
                : oneLine.substring(0, MAX_TRACED_BODY) + " ... (" + oneLine.length() + " characters)";
    }

    private static String elapsed(long startedNanos) {
        return io.jenkins.plugins.codearts.engine.HumanDuration.format(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
