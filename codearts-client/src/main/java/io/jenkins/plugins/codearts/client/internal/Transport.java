package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.CodeArtsOutcomeUnknownException;
import io.jenkins.plugins.codearts.client.CodeArtsServerException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.CodeArtsTransportException;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.ProxySettings;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.RetryEvent;
import io.jenkins.plugins.codearts.client.RetryListener;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.RetrySafety;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends operations: builds the URL from the path template (validating and percent-encoding each id), serialises
 * the body, authenticates, retries what the {@link RetryPolicy} and the operation's {@link RetrySafety} allow,
 * caps and parses the response, and turns errors into the {@code CodeArtsException} hierarchy.
 *
 * <p>Chapter classes ({@code PipelinesApi}, {@code IdeInstancesApi}, ...) call {@link #execute}; the CLI uses
 * {@code CodeArtsClient.call}. Thread-safe.
 */
public final class Transport implements AutoCloseable {

    public static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_ID_LENGTH = 256;

    private final CodeArtsConfig config;
    private final OkHttpClient safeClient;
    private final OkHttpClient unsafeClient;
    private final boolean ownsHttpClient;
    private final IamTokenProvider tokenProvider;
    private final List<RetryListener> retryListeners = new CopyOnWriteArrayList<>();

    /**
     * Operations whose answer is a bare string: the icon uploads answer the access path unquoted (the documents'
     * examples, and what the official SDK reads); a JSON string literal is read too.
     */
    private static final Set<Operation> BARE_TEXT_ANSWERS = Set.of(OperationCatalog.UPLOAD_PLUGIN_ICON,
            OperationCatalog.UPLOAD_PUBLISHER_ICON);

    public Transport(CodeArtsConfig config) {
        this.config = config;
        this.ownsHttpClient = config.httpClient() == null;
        this.tokenProvider = config.credentials() instanceof PasswordCredentials password
                ? new IamTokenProvider(config, password, this)
                : null;
        OkHttpClient.Builder builder = ownsHttpClient ? new OkHttpClient.Builder() : config.httpClient().newBuilder();
        if (ownsHttpClient || config.hasExplicitTimeouts()) {
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
        builder.addInterceptor(new AuthInterceptor(config))
                .addInterceptor(new UserAgentInterceptor())
                .addNetworkInterceptor(new SendTracker());
        this.safeClient = builder.build();
        // OkHttp silently re-sends a request after some connection failures; never for operations that must not
        // run twice.
        this.unsafeClient = safeClient.newBuilder().retryOnConnectionFailure(false).build();
        if (config.retryListener() != null) {
            retryListeners.add(config.retryListener());
        }
    }

    public CodeArtsConfig config() {
        return config;
    }

    /** The derived OkHttp client used for retry-safe operations (for tests of the derivation). */
    OkHttpClient httpClient() {
        return safeClient;
    }

    /** The IAM token provider when the credentials are a password, else null. */
    public IamTokenProvider tokenProvider() {
        return tokenProvider;
    }

    public void addRetryListener(RetryListener listener) {
        retryListeners.add(listener);
    }

    public void removeRetryListener(RetryListener listener) {
        retryListeners.remove(listener);
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
        ApiResponse response = exchange(operation, pathParams, query, body);
        return convert(operation, response, type);
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
        HttpUrl url = url(operation, pathParams, query);
        ApiResponse response = run(operation, url, body, null, true, CallContext.Auth.SIGNED_OR_TOKEN);
        return convert(operation, response, CodeArtsJson.mapper().constructType(type));
    }

    /** Calls {@code operation}; returns status, headers and JSON body of a success, throws for errors. */
    public ApiResponse exchange(Operation operation, Map<String, String> pathParams, Query query, Object body) {
        HttpUrl url = url(operation, pathParams, query);
        byte[] bytes = serialize(operation, body);
        if (config.credentials() instanceof AkSkCredentials && bytes.length > AkSkSigner.MAX_SIGNED_BODY_BYTES) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "request body", bytes.length + " bytes",
                    "is larger than the 12 MB the API gateway accepts for AK/SK-signed requests; use"
                            + " PasswordCredentials (token authentication) for bodies this large");
        }
        return run(operation, url, RequestBody.create(bytes, JSON), bytes, false, CallContext.Auth.SIGNED_OR_TOKEN);
    }

    ApiResponse exchangeUnauthenticated(Operation operation, Map<String, String> pathParams, Query query,
            Object body) {
        HttpUrl url = url(operation, pathParams, query);
        byte[] bytes = serialize(operation, body);
        return run(operation, url, RequestBody.create(bytes, JSON), bytes, false, CallContext.Auth.NONE);
    }

    /**
     * The request URL: the service endpoint plus the path template with each placeholder replaced by its
     * percent-encoded id, plus the query.
     *
     * @throws CodeArtsInvalidArgumentException when an id is missing, empty or malformed, or a name is unknown
     */
    public HttpUrl url(Operation operation, Map<String, String> pathParams, Query query) {
        Map<String, String> params = pathParams == null ? Map.of() : pathParams;
        List<String> expected = operation.pathParameterNames();
        Set<String> unknown = new HashSet<>(params.keySet());
        expected.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "path parameter", String.join(", ", unknown),
                    "is not part of " + operation.pathTemplate() + "; expected "
                            + (expected.isEmpty() ? "no path parameters" : String.join(", ", expected)));
        }
        HttpUrl base = HttpUrl.parse(config.endpoint(operation.service()));
        if (base == null) {
            throw new CodeArtsInvalidArgumentException(operation.name(), operation.service().name().toLowerCase(Locale.ROOT)
                    + " endpoint", config.endpoint(operation.service()), "is not a valid URL");
        }
        HttpUrl.Builder url = base.newBuilder();
        // Drop the empty segment of an endpoint without path, then append the template's segments.
        List<String> baseSegments = base.pathSegments();
        if (baseSegments.size() == 1 && baseSegments.get(0).isEmpty()) {
            url.encodedPath("/");
            url.removePathSegment(0);
        }
        for (String segment : operation.pathTemplate().substring(1).split("/", -1)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                url.addEncodedPathSegment(AkSkSigner.encode(validateId(operation, name, params.get(name))));
            } else {
                url.addEncodedPathSegment(segment);
            }
        }
        if (query != null) {
            for (Map.Entry<String, String> entry : query.entries()) {
                url.addEncodedQueryParameter(AkSkSigner.encode(entry.getKey()), AkSkSigner.encode(entry.getValue()));
            }
        }
        return url.build();
    }

    /** Checks one path id: present, not blank, a single segment, printable, and of sane length. */
    public static String validateId(Operation operation, String name, String value) {
        String op = operation == null ? null : operation.name();
        if (value == null) {
            throw new CodeArtsInvalidArgumentException(op, name, null, "is missing; pass the " + name
                    + " (shown in the CodeArts console URL or returned by the list call)");
        }
        if (value.isBlank()) {
            throw new CodeArtsInvalidArgumentException(op, name, value, "must not be empty or blank; pass the "
                    + name + " (shown in the CodeArts console URL or returned by the list call)");
        }
        if (!value.equals(value.strip())) {
            throw new CodeArtsInvalidArgumentException(op, name, value,
                    "has leading or trailing whitespace; remove it (copy-paste artefact?)");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new CodeArtsInvalidArgumentException(op, name, value.substring(0, 40) + "...",
                    "is " + value.length() + " characters long; ids are at most " + MAX_ID_LENGTH);
        }
        if (value.equals(".") || value.equals("..")) {
            throw new CodeArtsInvalidArgumentException(op, name, value, "is not an id");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new CodeArtsInvalidArgumentException(op, name, printable(value),
                        "must be a single id without '/', '\\', '?', '#', spaces or control characters;"
                                + " pass only the id, not a URL or path");
            }
        }
        return value;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static byte[] serialize(Operation operation, Object body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            return CodeArtsJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new CodeArtsInvalidArgumentException(operation.name(), "request body",
                    body.getClass().getSimpleName(), "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    private ApiResponse run(Operation operation, HttpUrl url, RequestBody body, byte[] signedBody,
            boolean unsignedPayload, CallContext.Auth auth) {
        RetryPolicy policy = config.retryPolicy();
        long waitedMillis = 0;
        boolean tokenRefreshed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            CallContext context = new CallContext(operation, auth, signedBody, unsignedPayload);
            try {
                return once(operation, url, body, context);
            } catch (CodeArtsAuthenticationException e) {
                // A 401 with a cached token: the token may have been revoked early. Fetch a new one once; the
                // request was rejected at authentication, so even runPipeline may be sent again.
                if (e.httpStatus() == 401 && context.tokenUsed != null && !tokenRefreshed) {
                    tokenProvider.invalidate(context.tokenUsed);
                    tokenRefreshed = true;
                    attempt--;
                    continue;
                }
                throw e;
            } catch (CodeArtsException e) {
                String reason = retryReason(operation, e);
                if (reason == null || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Duration retryAfter = e instanceof CodeArtsThrottledException throttled
                        ? throttled.retryAfter().orElse(null)
                        : null;
                Duration delay = policy.delayBeforeRetry(attempt, retryAfter);
                if (waitedMillis + delay.toMillis() > policy.maxTotalWait().toMillis()) {
                    throw e;
                }
                int status = e instanceof CodeArtsApiException api ? api.httpStatus() : 0;
                String code = e instanceof CodeArtsApiException api ? api.errorCode() : null;
                RetryEvent event = new RetryEvent(operation.name(), attempt, delay, retryAfter, status, code, reason);
                for (RetryListener listener : retryListeners) {
                    try {
                        listener.onRetry(event);
                    } catch (RuntimeException ignored) {
                        // A faulty listener must not turn a retry into a failure.
                    }
                }
                sleep(operation, delay, e);
                waitedMillis += delay.toMillis();
            }
        }
    }

    /** Why {@code failure} may be retried for this operation, or null when it must not be. */
    private static String retryReason(Operation operation, CodeArtsException failure) {
        boolean safe = operation.retrySafety() == RetrySafety.SAFE;
        if (failure instanceof CodeArtsOutcomeUnknownException) {
            return null;
        }
        if (failure instanceof CodeArtsTransportException transport) {
            if (!transport.requestMayHaveReachedServer()) {
                return "connection failed before the request was sent";
            }
            return safe ? "connection failed" : null;
        }
        if (!safe) {
            return null;
        }
        if (failure instanceof CodeArtsThrottledException throttled) {
            return "HTTP " + throttled.httpStatus() + (throttled.errorCode() != null ? " " + throttled.errorCode() : "");
        }
        if (failure instanceof CodeArtsServerException server
                && (server.httpStatus() == 502 || server.httpStatus() == 503 || server.httpStatus() == 504)) {
            return "HTTP " + server.httpStatus();
        }
        return null;
    }

    private static void sleep(Operation operation, Duration delay, CodeArtsException pending) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CodeArtsException interrupted = new CodeArtsException(operation.name(),
                    operation.name() + ": interrupted while waiting to retry after: " + pending.getMessage(), e);
            throw interrupted;
        }
    }

    private ApiResponse once(Operation operation, HttpUrl url, RequestBody body, CallContext context) {
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
            return interpret(operation, response);
        } catch (IOException e) {
            throw transportFailure(operation, url, e, context);
        }
    }

    private CodeArtsException transportFailure(Operation operation, HttpUrl url, IOException e, CallContext context) {
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

    private ApiResponse interpret(Operation operation, Response response) throws IOException {
        String name = operation.name();
        int status = response.code();
        String requestId = response.header("X-Request-Id");
        ResponseBody responseBody = response.body();
        byte[] bytes = responseBody == null ? new byte[0] : readCapped(operation, responseBody, status, requestId);
        MediaType contentType = responseBody == null ? null : responseBody.contentType();
        boolean success = status >= 200 && status < 300;
        if (!success) {
            JsonNode tree = tryParse(bytes);
            if (requestId == null && tree != null && tree.hasNonNull("request_id")) {
                requestId = tree.get("request_id").asText();
            }
            String[] codeAndMessage = ApiErrors.codeAndMessage(tree);
            String message = codeAndMessage[1];
            if (tree == null && bytes.length > 0) {
                message = describeNonJson(bytes, contentType);
            }
            throw ApiErrors.classify(name, status, codeAndMessage[0], message, requestId, tree,
                    retryAfter(response.header("Retry-After")));
        }
        JsonNode tree;
        if (isBlank(bytes)) {
            tree = NullNode.getInstance();
        } else if (looksLikeHtml(bytes, contentType)) {
            throw new CodeArtsBadResponseException(name, name + ": expected JSON but HTTP " + status + " returned "
                    + describeNonJson(bytes, contentType) + ". This usually comes from a proxy, firewall or login"
                    + " portal between this machine and Huawei Cloud; check the endpoint URL and proxy settings.",
                    status, requestId, null);
        } else if (BARE_TEXT_ANSWERS.contains(operation) && !looksLikeJson(bytes)) {
            tree = TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8).strip());
        } else {
            try {
                tree = CodeArtsJson.mapper().readTree(bytes);
            } catch (JsonProcessingException e) {
                boolean truncated = e.getOriginalMessage() != null
                        && e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("end-of-input");
                throw new CodeArtsBadResponseException(name, name + ": the response body ("
                        + bytes.length + " bytes) is " + (truncated ? "truncated JSON" : "not valid JSON")
                        + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                        + " (" + firstLine(e.getOriginalMessage()) + ")"
                        + (truncated ? "; the connection may have been cut, or a proxy limits response sizes"
                                : "; check that the endpoint URL points at the CodeArts API")
                        + (requestId != null ? " (request id " + requestId + ")" : ""), status, requestId, e);
            }
        }
        if (requestId == null && tree.isObject() && tree.hasNonNull("request_id")) {
            requestId = tree.get("request_id").asText();
        }
        String[] codeAndMessage = ApiErrors.codeAndMessage(tree);
        if (codeAndMessage[0] != null) {
            // CodeArts reports many business errors as HTTP 200 with error_code in the body.
            throw ApiErrors.classify(name, status, codeAndMessage[0], codeAndMessage[1], requestId, tree,
                    retryAfter(response.header("Retry-After")));
        }
        return new ApiResponse(status, response.headers(), tree, requestId);
    }

    private byte[] readCapped(Operation operation, ResponseBody body, int status, String requestId)
            throws IOException {
        long cap = config.maxResponseBytes();
        long declared = body.contentLength();
        if (declared > cap) {
            throw tooLarge(operation, status, requestId, declared + " bytes declared");
        }
        try (InputStream in = body.byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[16384];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > cap) {
                    throw tooLarge(operation, status, requestId, "more than " + cap + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private CodeArtsBadResponseException tooLarge(Operation operation, int status, String requestId, String size) {
        return new CodeArtsBadResponseException(operation.name(), operation.name() + ": the response body is too large ("
                + size + "; the limit is " + describeBytes(config.maxResponseBytes()) + "). Narrow the request"
                + " (smaller page size or log window) or raise maxResponseBytes.", status, requestId, null);
    }

    private static String describeBytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private <T> T convert(Operation operation, ApiResponse response, JavaType type) {
        if (type.getRawClass() == Void.class) {
            return null;
        }
        if (type.getRawClass() == JsonNode.class) {
            @SuppressWarnings("unchecked")
            T tree = (T) response.body();
            return tree;
        }
        if (response.body().isNull() || response.body().isMissingNode()) {
            throw new CodeArtsBadResponseException(operation.name(), operation.name() + ": HTTP "
                    + response.httpStatus() + " came with an empty body where JSON was expected; check that the"
                    + " endpoint URL points at the CodeArts API", response.httpStatus(), response.requestId(), null);
        }
        try {
            return CodeArtsJson.mapper().readerFor(type).readValue(response.body());
        } catch (IOException e) {
            String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
            throw new CodeArtsBadResponseException(operation.name(), operation.name() + ": the response "
                    + (field.isEmpty() ? "body" : "field '" + field + "'") + " has an unexpected type or value ("
                    + firstLine(e instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                            : e.getMessage())
                    + "); the API may have changed, please report it with the request id "
                    + response.requestId(), response.httpStatus(), response.requestId(), e);
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        String line = newline >= 0 ? text.substring(0, newline) : text;
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static JsonNode tryParse(byte[] bytes) {
        if (isBlank(bytes)) {
            return null;
        }
        try {
            return CodeArtsJson.mapper().readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** A JSON value starts with one of these (after white space); a bare path or URL does not. */
    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[' || b == '"' || b == 't' || b == 'f' || b == 'n' || b == '-'
                        || (b >= '0' && b <= '9');
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] bytes, MediaType contentType) {
        if (contentType != null && contentType.subtype().toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("<");
    }

    /** A short, safe description of a non-JSON body: the HTML title or the first characters. */
    static String describeNonJson(byte[] bytes, MediaType contentType) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        String type = contentType == null ? "no content type" : contentType.type() + "/" + contentType.subtype();
        if (looksLikeHtml(bytes, contentType)) {
            Matcher title = HTML_TITLE.matcher(text);
            String titleText = title.find() ? title.group(1).replaceAll("\\s+", " ").strip() : "";
            return "an HTML page (" + type + (titleText.isEmpty() ? "" : ", title '" + clip(titleText) + "'") + ")";
        }
        return "a non-JSON body (" + type + ", starting '" + clip(text.replaceAll("\\s+", " ").strip()) + "')";
    }

    private static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(config.clock().instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Releases the connection pool and threads, unless they belong to a caller-supplied OkHttp client. */
    @Override
    public void close() {
        if (ownsHttpClient) {
            safeClient.dispatcher().executorService().shutdown();
            safeClient.connectionPool().evictAll();
        }
    }
}
