package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.Query;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * Sends operations for the chapter classes ({@code PipelinesApi}, {@code IdeInstancesApi}, ...): builds the URL
 * ({@link RequestUrls}), serialises the body ({@link JsonRequestBodies}), sends each attempt ({@link HttpSender})
 * within the {@link RetryLoop}, and maps the answer ({@link ResponseConverter}). Thread-safe. Not API: obtained
 * only through {@code CodeArtsClient}.
 */
public final class Transport implements AutoCloseable {

    private final CodeArtsConfig config;
    private final IamTokenProvider tokenProvider;
    private final RequestUrls urls;
    private final HttpSender sender;
    private final RetryLoop retryLoop;

    public Transport(CodeArtsConfig config) {
        this.config = config;
        this.tokenProvider = config.credentials() instanceof PasswordCredentials password
                ? new IamTokenProvider(config, password, this)
                : null;
        this.urls = new RequestUrls(config);
        this.sender = new HttpSender(config, tokenProvider);
        this.retryLoop = new RetryLoop(config, tokenProvider);
    }

    public CodeArtsConfig config() {
        return config;
    }

    /** The derived OkHttp client used for retry-safe operations (for tests of the derivation). */
    OkHttpClient httpClient() {
        return sender.client();
    }

    /** The IAM token provider when the credentials are a password, else null. */
    public IamTokenProvider tokenProvider() {
        return tokenProvider;
    }

    /** Calls {@code operation} and maps the JSON response to {@code type} (null for {@code Void}). */
    public <T> T execute(Operation operation, Map<String, String> pathParams, Query query, Object body,
            Class<T> type) {
        return execute(operation, pathParams, query, body, CodeArtsJson.mapper().constructType(type));
    }

    public <T> T execute(Operation operation, Map<String, String> pathParams, Query query, Object body,
            TypeReference<T> type) {
        return execute(operation, pathParams, query, body, CodeArtsJson.mapper().constructType(type));
    }

    public <T> T execute(Operation operation, Map<String, String> pathParams, Query query, Object body,
            JavaType type) {
        return ResponseConverter.convert(operation, exchange(operation, pathParams, query, body), type);
    }

    /** Calls {@code operation} and returns the JSON body as a tree ({@code NullNode} when empty). */
    public JsonNode executeTree(Operation operation, Map<String, String> pathParams, Query query, Object body) {
        return exchange(operation, pathParams, query, body).body();
    }

    /**
     * Sends a non-JSON body (multipart upload). With AK/SK the body is not hashed:
     * {@code X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD}.
     */
    public <T> T upload(Operation operation, Map<String, String> pathParams, Query query, RequestBody body,
            TypeReference<T> type) {
        HttpUrl url = urls.url(operation, pathParams, query);
        ApiResponse response = send(operation, url, body, null, true, CallContext.Auth.SIGNED_OR_TOKEN);
        return ResponseConverter.convert(operation, response, CodeArtsJson.mapper().constructType(type));
    }

    /** Calls {@code operation}; returns status, headers and JSON body of a success, throws for errors. */
    public ApiResponse exchange(Operation operation, Map<String, String> pathParams, Query query, Object body) {
        HttpUrl url = urls.url(operation, pathParams, query);
        byte[] bytes = JsonRequestBodies.serialize(operation, body);
        JsonRequestBodies.checkSignable(config, operation, bytes);
        return send(operation, url, RequestBody.create(bytes, JsonRequestBodies.JSON), bytes, false,
                CallContext.Auth.SIGNED_OR_TOKEN);
    }

    /** Calls {@code operation} without credentials (the IAM token request itself). */
    ApiResponse exchangeUnauthenticated(Operation operation, Map<String, String> pathParams, Query query,
            Object body) {
        HttpUrl url = urls.url(operation, pathParams, query);
        byte[] bytes = JsonRequestBodies.serialize(operation, body);
        return send(operation, url, RequestBody.create(bytes, JsonRequestBodies.JSON), bytes, false,
                CallContext.Auth.NONE);
    }

    private ApiResponse send(Operation operation, HttpUrl url, RequestBody body, byte[] signedBody,
            boolean unsignedPayload, CallContext.Auth auth) {
        return retryLoop.run(operation, () -> new CallContext(operation, auth, signedBody, unsignedPayload),
                context -> sender.send(operation, url, body, context));
    }

    /** Releases the connection pool and threads, unless they belong to a caller-supplied OkHttp client. */
    @Override
    public void close() {
        sender.close();
    }
}
