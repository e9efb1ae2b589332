package io.jenkins.plugins.codearts.client.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps a copy of every response body and the path of every request that goes over the wire, so a test can compare
 * the typed model with exactly the JSON it was read from, and count how many pages a lazy iterator fetched.
 */
final class WireRecorder implements Interceptor {

    private final List<String> paths = new ArrayList<>();
    private String lastBody;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String body = response.peekBody(Long.MAX_VALUE).string();
        synchronized (this) {
            paths.add(chain.request().method() + " " + chain.request().url().encodedPath());
            lastBody = body;
        }
        return response;
    }

    /** The body of the most recent response. */
    synchronized String lastBody() {
        return lastBody;
    }

    /** How many requests were sent to a path ending with {@code pathSuffix}. */
    synchronized long count(String method, String pathSuffix) {
        return paths.stream().filter(p -> p.startsWith(method + " ") && p.endsWith(pathSuffix)).count();
    }
}
