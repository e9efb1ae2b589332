package io.jenkins.plugins.codearts.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import okhttp3.HttpUrl;

/**
 * Immutable client settings. Build with {@link #builder()}:
 *
 * <pre>{@code
 * CodeArtsConfig config = CodeArtsConfig.builder()
 *         .region("cn-north-4")
 *         .credentials(AkSkCredentials.of(ak, sk))
 *         .iamProjectId(iamProjectId)
 *         .build();
 * }</pre>
 *
 * Every endpoint defaults from the region and can be overridden (emulator, private gateway). Secrets never appear
 * in {@link #toString()}.
 */
public final class CodeArtsConfig {

    /** Default cap on a response body; larger bodies fail with {@link CodeArtsBadResponseException}. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final String region;
    private final Credentials credentials;
    private final String iamProjectId;
    private final String domainId;
    private final String pipelineEndpoint;
    private final String ideEndpoint;
    private final String iamEndpoint;
    /** The endpoints as given to the builder (null = from the region), so that toBuilder() keeps only those. */
    private final String pipelineOverride;
    private final String ideOverride;
    private final String iamOverride;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final boolean timeoutsExplicit;
    private final String proxy;
    private final HttpConnector httpConnector;
    private final RetryPolicy retryPolicy;
    private final RetryListener retryListener;
    private final Duration tokenRefreshMargin;
    private final long maxResponseBytes;
    private final Clock clock;
    private final Sleeper sleeper;

    private CodeArtsConfig(Builder builder, String pipelineEndpoint, String ideEndpoint, String iamEndpoint) {
        this.region = builder.region;
        this.credentials = builder.credentials;
        this.iamProjectId = builder.iamProjectId;
        this.domainId = builder.domainId;
        this.pipelineEndpoint = pipelineEndpoint;
        this.ideEndpoint = ideEndpoint;
        this.iamEndpoint = iamEndpoint;
        this.pipelineOverride = builder.pipelineEndpoint;
        this.ideOverride = builder.ideEndpoint;
        this.iamOverride = builder.iamEndpoint;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.callTimeout = builder.callTimeout;
        this.timeoutsExplicit = builder.timeoutsExplicit;
        this.proxy = builder.proxy;
        this.httpConnector = builder.httpConnector;
        this.retryPolicy = builder.retryPolicy;
        this.retryListener = builder.retryListener;
        this.tokenRefreshMargin = builder.tokenRefreshMargin;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's settings, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.region = region;
        builder.credentials = credentials;
        builder.iamProjectId = iamProjectId;
        builder.domainId = domainId;
        builder.pipelineEndpoint = pipelineOverride;
        builder.ideEndpoint = ideOverride;
        builder.iamEndpoint = iamOverride;
        builder.connectTimeout = connectTimeout;
        builder.readTimeout = readTimeout;
        builder.callTimeout = callTimeout;
        builder.timeoutsExplicit = timeoutsExplicit;
        builder.proxy = proxy;
        builder.httpConnector = httpConnector;
        builder.retryPolicy = retryPolicy;
        builder.retryListener = retryListener;
        builder.tokenRefreshMargin = tokenRefreshMargin;
        builder.maxResponseBytes = maxResponseBytes;
        builder.clock = clock;
        builder.sleeper = sleeper;
        return builder;
    }

    /** The region, e.g. {@code cn-north-4}; null only when every endpoint was given explicitly. */
    public String region() {
        return region;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** The IAM project id sent as {@code X-Project-Id} with AK/SK, or null. */
    public String iamProjectId() {
        return iamProjectId;
    }

    /** The account (domain) id, or null; with AK/SK it is the IDE {@code org_id} default. */
    public String domainId() {
        return domainId;
    }

    public String pipelineEndpoint() {
        return pipelineEndpoint;
    }

    public String ideEndpoint() {
        return ideEndpoint;
    }

    public String iamEndpoint() {
        return iamEndpoint;
    }

    /** The base URL of a service. */
    public String endpoint(CloudService service) {
        return switch (service) {
            case PIPELINE -> pipelineEndpoint;
            case IDE -> ideEndpoint;
            case IAM -> iamEndpoint;
        };
    }

    /** Null means: keep the supplied client's value (or OkHttp's default of 10 s). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /** Whether timeouts were set on the builder; if not, a supplied {@link #httpConnector()} keeps its own. */
    public boolean hasExplicitTimeouts() {
        return timeoutsExplicit;
    }

    /** The proxy URL as given, or null. */
    public String proxy() {
        return proxy;
    }

    /** The caller's HTTP client the client derives its own from, or null (the client creates its own). */
    public HttpConnector httpConnector() {
        return httpConnector;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The listener for retry waits of every call made with this configuration, or null. */
    public RetryListener retryListener() {
        return retryListener;
    }

    /** How long before its expiry an IAM token is replaced. */
    public Duration tokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    public Clock clock() {
        return clock;
    }

    /** How the client waits before a retry. */
    public Sleeper sleeper() {
        return sleeper;
    }

    @Override
    public String toString() {
        return "CodeArtsConfig[region=" + region + ", credentials=" + credentials + ", iamProjectId=" + iamProjectId
                + ", domainId=" + domainId + ", pipelineEndpoint=" + pipelineEndpoint + ", ideEndpoint=" + ideEndpoint
                + ", iamEndpoint=" + iamEndpoint + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", callTimeout=" + callTimeout + ", proxy=" + ProxySettings.redact(proxy)
                + ", httpConnector=" + (httpConnector != null ? httpConnector : "default") + ", retryPolicy=" + retryPolicy
                + "]";
    }

    public static final class Builder {
        private String region;
        private Credentials credentials;
        private String iamProjectId;
        private String domainId;
        private String pipelineEndpoint;
        private String ideEndpoint;
        private String iamEndpoint;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private boolean timeoutsExplicit;
        private String proxy;
        private HttpConnector httpConnector;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RetryListener retryListener;
        private Duration tokenRefreshMargin = Duration.ofHours(1);
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /** The Huawei Cloud region, e.g. {@code cn-north-4}; sets default endpoints and the IAM token scope. */
        public Builder region(String region) {
            this.region = region == null ? null : region.strip().toLowerCase(Locale.ROOT);
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** The IAM project id of the region: sent as {@code X-Project-Id} with AK/SK; scopes the password token. */
        public Builder iamProjectId(String iamProjectId) {
            this.iamProjectId = blankToNull(iamProjectId);
            return this;
        }

        /** The account (domain) id; optional, used as the IDE {@code org_id} with AK/SK. */
        public Builder domainId(String domainId) {
            this.domainId = blankToNull(domainId);
            return this;
        }

        public Builder pipelineEndpoint(String url) {
            this.pipelineEndpoint = blankToNull(url);
            return this;
        }

        public Builder ideEndpoint(String url) {
            this.ideEndpoint = blankToNull(url);
            return this;
        }

        public Builder iamEndpoint(String url) {
            this.iamEndpoint = blankToNull(url);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout("connectTimeout", timeout);
            this.timeoutsExplicit = true;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout("readTimeout", timeout);
            this.timeoutsExplicit = true;
            return this;
        }

        /** Bound on a whole HTTP exchange (one attempt); zero means none. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout("callTimeout", timeout);
            this.timeoutsExplicit = true;
            return this;
        }

        /** An HTTP proxy such as {@code http://proxy.example:3128}, optionally with {@code user:password@}. */
        public Builder proxy(String proxyUrl) {
            this.proxy = blankToNull(proxyUrl);
            return this;
        }

        /**
         * The caller's HTTP client to send through (e.g. Jenkins' proxy-aware one):
         * {@code httpConnector(OkHttpConnector.of(okHttpClient))}. It is shared, not modified; its timeouts are kept
         * unless timeouts are also set here. Null (the default): the client creates and closes its own.
         */
        public Builder httpConnector(HttpConnector httpConnector) {
            if (httpConnector != null && !(httpConnector instanceof OkHttpConnector)) {
                throw new CodeArtsInvalidArgumentException("httpConnector", String.valueOf(httpConnector),
                        "is not supported; the client sends with OkHttp, so pass OkHttpConnector.of(okHttpClient)");
            }
            this.httpConnector = httpConnector;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Observes the retry waits of every call made with this configuration (one listener; null for none). */
        public Builder retryListener(RetryListener retryListener) {
            this.retryListener = retryListener;
            return this;
        }

        /** Replace an IAM token this long before it expires (default 1 hour; tokens live 24 hours). */
        public Builder tokenRefreshMargin(Duration margin) {
            this.tokenRefreshMargin = timeout("tokenRefreshMargin", margin);
            return this;
        }

        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1024) {
                throw new CodeArtsInvalidArgumentException("maxResponseBytes", String.valueOf(maxResponseBytes),
                        "must be at least 1024");
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** The clock used for {@code X-Sdk-Date} and token expiry; for tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How the client waits before a retry (default {@link Sleeper#system()}); for tests, like the clock. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Checks the settings and resolves the endpoints.
         *
         * @throws CodeArtsInvalidArgumentException naming the first setting that is missing or malformed
         */
        public CodeArtsConfig build() {
            if (credentials == null) {
                throw new CodeArtsInvalidArgumentException("credentials", null,
                        "are missing; call credentials(AkSkCredentials.of(ak, sk)) or"
                                + " credentials(PasswordCredentials.of(accountName, userName, password))");
            }
            if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
                throw new CodeArtsInvalidArgumentException("region", region,
                        "is not a region id; use one like cn-north-4 (known: " + String.join(", ", Regions.known())
                                + ")");
            }
            String pipeline = resolve("pipelineEndpoint", pipelineEndpoint, Regions.pipelineEndpoint(region).orElse(null));
            String iam = resolve("iamEndpoint", iamEndpoint, Regions.iamEndpoint(region).orElse(null));
            String ide = resolve("ideEndpoint", ideEndpoint, Regions.ideEndpoint());
            if (credentials instanceof PasswordCredentials && region == null && iamProjectId == null) {
                throw new CodeArtsInvalidArgumentException("region", null,
                        "is needed with password credentials to scope the IAM token; set region(...) or"
                                + " iamProjectId(...)");
            }
            if (proxy != null) {
                ProxySettings.parse(proxy);
            }
            if (iamProjectId != null && !iamProjectId.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new CodeArtsInvalidArgumentException("iamProjectId", iamProjectId,
                        "must be the 32-character IAM project id from My Credentials > API Credentials");
            }
            return new CodeArtsConfig(this, pipeline, ide, iam);
        }

        private String resolve(String field, String explicit, String fromRegion) {
            if (explicit != null) {
                return validateEndpoint(field, explicit);
            }
            if (fromRegion != null) {
                return fromRegion;
            }
            if (region == null) {
                throw new CodeArtsInvalidArgumentException("region", null,
                        "is missing and " + field + " is not set; set region(\"cn-north-4\") or the endpoint URL");
            }
            throw new CodeArtsInvalidArgumentException("region", region,
                    "has no known CodeArts endpoint; use one of " + String.join(", ", Regions.known())
                            + " or set " + field + " explicitly");
        }

        private static String validateEndpoint(String field, String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new CodeArtsInvalidArgumentException(field, url,
                        "is not a valid URL (" + e.getReason() + "); expected e.g. https://host or http://127.0.0.1:8089");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new CodeArtsInvalidArgumentException(field, url,
                        "must start with https:// (or http:// for a local emulator)");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new CodeArtsInvalidArgumentException(field, url, "has no host name");
            }
            if (uri.getRawUserInfo() != null) {
                throw new CodeArtsInvalidArgumentException(field, uri.getHost(),
                        "must not contain user:password@; use credentials(...) instead");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new CodeArtsInvalidArgumentException(field, url, "must not have a query or fragment");
            }
            HttpUrl parsed = HttpUrl.parse(url);
            if (parsed == null) {
                throw new CodeArtsInvalidArgumentException(field, url, "is not a valid HTTP URL");
            }
            // A trailing slash would double the first slash of every operation path.
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        private static Duration timeout(String field, Duration value) {
            Objects.requireNonNull(value, field);
            if (value.isNegative()) {
                throw new CodeArtsInvalidArgumentException(field, value.toString(), "must not be negative");
            }
            return value;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
