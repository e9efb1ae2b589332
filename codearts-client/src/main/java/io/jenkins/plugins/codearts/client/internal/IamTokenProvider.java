package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Obtains and caches a project-scoped IAM token from a user name and password. One token is shared by all threads;
 * when it is missing or within the refresh margin of its expiry, exactly one thread fetches a new one while the
 * others wait for it (single flight). The token value never leaves this class except as the
 * {@code X-Auth-Token} header.
 */
public final class IamTokenProvider {

    /** A token with the facts its body reports; {@link #toString()} hides the value. */
    public static final class IamToken {
        private final String value;
        private final Instant expiresAt;
        private final String projectId;
        private final String domainId;

        IamToken(String value, Instant expiresAt, String projectId, String domainId) {
            this.value = value;
            this.expiresAt = expiresAt;
            this.projectId = projectId;
            this.domainId = domainId;
        }

        String value() {
            return value;
        }

        public Instant expiresAt() {
            return expiresAt;
        }

        /** {@code token.project.id}: the IAM project id. */
        public String projectId() {
            return projectId;
        }

        /** {@code token.user.domain.id}: the account id, which the IDE API calls {@code org_id}. */
        public String domainId() {
            return domainId;
        }

        @Override
        public String toString() {
            return "IamToken[expiresAt=" + expiresAt + ", projectId=" + projectId + ", domainId=" + domainId
                    + ", value=****]";
        }
    }

    private final CodeArtsConfig config;
    private final PasswordCredentials credentials;
    private final Transport transport;
    private final ReentrantLock fetchLock = new ReentrantLock();
    private volatile IamToken current;
    private volatile int fetchCount;

    IamTokenProvider(CodeArtsConfig config, PasswordCredentials credentials, Transport transport) {
        this.config = config;
        this.credentials = credentials;
        this.transport = transport;
    }

    /** A valid token, fetching one if there is none or it expires within the refresh margin. */
    public IamToken token() {
        IamToken token = current;
        if (isFresh(token)) {
            return token;
        }
        fetchLock.lock();
        try {
            token = current;
            if (isFresh(token)) {
                return token;
            }
            token = fetch();
            current = token;
            return token;
        } finally {
            fetchLock.unlock();
        }
    }

    /** Forgets {@code stale} (after a 401), unless another thread already replaced it. */
    void invalidate(IamToken stale) {
        fetchLock.lock();
        try {
            if (current == stale) {
                current = null;
            }
        } finally {
            fetchLock.unlock();
        }
    }

    /** How many tokens were fetched so far. */
    public int fetchCount() {
        return fetchCount;
    }

    private boolean isFresh(IamToken token) {
        return token != null
                && config.clock().instant().plus(config.tokenRefreshMargin()).isBefore(token.expiresAt());
    }

    private IamToken fetch() {
        ObjectNode body = CodeArtsJson.mapper().createObjectNode();
        ObjectNode auth = body.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", credentials.userName());
        user.put("password", credentials.password());
        user.putObject("domain").put("name", credentials.domainName());
        ObjectNode project = auth.putObject("scope").putObject("project");
        if (config.iamProjectId() != null) {
            project.put("id", config.iamProjectId());
        } else {
            project.put("name", config.region());
        }
        ApiResponse response = transport.exchangeUnauthenticated(OperationCatalog.CREATE_IAM_TOKEN,
                PathParams.of(), Query.empty(), body);
        String operation = OperationCatalog.CREATE_IAM_TOKEN.name();
        String value = response.headers().get("X-Subject-Token");
        if (value == null || value.isBlank()) {
            throw new CodeArtsBadResponseException(operation, operation + ": IAM answered HTTP "
                    + response.httpStatus() + " without an X-Subject-Token header; check that iamEndpoint ("
                    + config.iamEndpoint() + ") points at IAM and that no proxy strips response headers",
                    response.httpStatus(), response.requestId(), null);
        }
        JsonNode token = response.body().path("token");
        String expiresText = token.path("expires_at").asText(null);
        Instant expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(expiresText).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new CodeArtsBadResponseException(operation, operation
                    + ": the IAM token response has no valid token.expires_at (got '" + expiresText
                    + "'); check that iamEndpoint (" + config.iamEndpoint() + ") points at IAM v3",
                    response.httpStatus(), response.requestId(), null);
        }
        String projectId = token.path("project").path("id").asText(null);
        String domainId = token.path("user").path("domain").path("id").asText(null);
        if (domainId == null) {
            domainId = token.path("project").path("domain").path("id").asText(null);
        }
        fetchCount++;
        return new IamToken(value.strip(), expiresAt, projectId, domainId);
    }
}
