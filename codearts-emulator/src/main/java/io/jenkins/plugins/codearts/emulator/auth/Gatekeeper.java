package io.jenkins.plugins.codearts.emulator.auth;

import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.http.Authenticator;
import io.jenkins.plugins.codearts.emulator.http.EmulatorHttpException;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest;
import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest.Principal;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks credentials like the API gateway: an {@code X-Auth-Token} from the IAM call, or an AK/SK signature with an
 * {@code X-Sdk-Date} within the allowed skew. Five consecutive bad signatures lock the AK for a while.
 *
 * <p>Answers (error bodies {@code {"error_msg","error_code"}}):
 * <ul>
 *   <li>401 {@code APIGW.0301}: missing credentials, malformed Authorization, unknown AK, bad signature, date skew</li>
 *   <li>401 {@code APIGW.0307}: unknown or expired token</li>
 *   <li>401 {@code APIG.0301}: AK locked after repeated signature failures</li>
 *   <li>403 {@code APIGW.0302}: valid credentials whose project (X-Project-Id / token scope) is not the account's</li>
 * </ul>
 *
 * <p>The marketplace upload, check and publish calls ({@link #PUBLISHER_TOKEN_OPERATIONS}) also accept an
 * {@code x-publisher-token} instead ("x-publisher-token和X-Auth-Token必传一个" in the IDE document); an unknown one
 * is 401 {@code APIGW.0307}, one sent to any other call 401 {@code APIGW.0301}.
 */
public final class Gatekeeper implements Authenticator {

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The operations whose IDE document lists {@code x-publisher-token} as an alternative to X-Auth-Token. */
    public static final Set<String> PUBLISHER_TOKEN_OPERATIONS = Set.of("uploadFileChunk", "uploadFileChunk.exampleV1",
            "showExtensionCheckResult", "publishExtension");
    static final String PUBLISHER_TOKEN_HEADER = "x-publisher-token";

    private static final class FailureCounter {
        int consecutiveFailures;
        long lockedUntilMillis;
    }

    private final DemoAccount account;
    private final TokenStore tokens;
    private final EmulatorClock clock;
    private final EmulatorClock wallClock;
    private final EmulatorSettings settings;
    private final PublisherTokens publisherTokens;
    private final ConcurrentMap<String, FailureCounter> failures = new ConcurrentHashMap<>();

    /**
     * @param clock     simulated clock: token expiry and AK lock duration
     * @param wallClock real clock: X-Sdk-Date skew (clients sign with their real clock, whatever the simulation speed)
     */
    public Gatekeeper(DemoAccount account, TokenStore tokens, EmulatorClock clock, EmulatorClock wallClock, EmulatorSettings settings) {
        this(account, tokens, new PublisherTokens(), clock, wallClock, settings);
    }

    /** @param publisherTokens the tokens {@code x-publisher-token} is checked against */
    public Gatekeeper(DemoAccount account, TokenStore tokens, PublisherTokens publisherTokens, EmulatorClock clock,
                      EmulatorClock wallClock, EmulatorSettings settings) {
        this.account = account;
        this.publisherTokens = publisherTokens;
        this.tokens = tokens;
        this.clock = clock;
        this.wallClock = wallClock;
        this.settings = settings;
    }

    public Principal demoPrincipal() {
        return new Principal(account.userId(), account.userName(), account.domainId(), account.iamProjectId(), null);
    }

    @Override
    public Principal authenticate(EmulatorRequest request) {
        String token = request.header("X-Auth-Token");
        String authorization = request.header("Authorization");
        if (token != null && !token.isEmpty()) {
            return checkToken(token, request);
        }
        if (authorization != null && !authorization.isEmpty()) {
            return checkSignature(authorization, request);
        }
        String publisherToken = request.header(PUBLISHER_TOKEN_HEADER);
        if (publisherToken != null && !publisherToken.isEmpty()) {
            return checkPublisherToken(publisherToken, request);
        }
        throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: the request has neither an "
                + "X-Auth-Token header nor an 'Authorization: SDK-HMAC-SHA256 ...' signature");
    }

    private Principal checkToken(String token, EmulatorRequest request) {
        TokenStore.IssuedToken issued = tokens.find(token);
        if (issued == null) {
            throw unauthorized("APIGW.0307", "The token must be updated: the X-Auth-Token is not one this gateway issued");
        }
        if (clock.millis() >= issued.expiresAtMillis()) {
            throw unauthorized("APIGW.0307", "The token must be updated: the X-Auth-Token expired at "
                    + java.time.Instant.ofEpochMilli(issued.expiresAtMillis()) + "; request a new one from POST /v3/auth/tokens");
        }
        checkProject(request, issued.principal());
        return issued.principal();
    }

    private Principal checkPublisherToken(String token, EmulatorRequest request) {
        if (!PUBLISHER_TOKEN_OPERATIONS.contains(request.operationName())) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: " + request.operationName()
                    + " does not accept x-publisher-token (only the extension upload, check and publish calls do); send "
                    + "an X-Auth-Token or an AK/SK signature");
        }
        String publisherId = publisherTokens.publisherOf(token);
        if (publisherId == null) {
            throw unauthorized("APIGW.0307", "The token must be updated: the x-publisher-token is not one this "
                    + "emulator issued (POST /_emulator/publisher-tokens issues them)");
        }
        // The publisher belongs to the account; its calls act as the account's user.
        Principal principal = new Principal(account.userId(), account.userName(), account.domainId(), account.iamProjectId(),
                null);
        checkProject(request, principal);
        return principal;
    }

    private Principal checkSignature(String authorization, EmulatorRequest request) {
        AkSkVerifier.AuthorizationHeader header;
        try {
            header = AkSkVerifier.parse(authorization);
        } catch (IllegalArgumentException e) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: " + e.getMessage());
        }
        if (!header.accessKey().equals(account.accessKey())) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: access key '"
                    + header.accessKey() + "' does not exist");
        }
        FailureCounter counter = failures.computeIfAbsent(header.accessKey(), k -> new FailureCounter());
        synchronized (counter) {
            long now = clock.millis();
            if (counter.lockedUntilMillis > now) {
                long seconds = Math.max(1, (counter.lockedUntilMillis - now + 999) / 1000);
                throw unauthorized("APIG.0301", "Incorrect IAM authentication information: the access key is locked for "
                        + seconds + " more seconds after " + settings.maxSignatureFailures() + " consecutive signature failures");
            }
        }
        String sdkDate = request.header("X-Sdk-Date");
        if (sdkDate == null) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: the X-Sdk-Date header is missing "
                    + "(format yyyyMMdd'T'HHmmss'Z', UTC)");
        }
        if (!header.signedHeaders().contains("x-sdk-date") || !header.signedHeaders().contains("host")) {
            recordFailure(header.accessKey(), counter);
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: SignedHeaders must include host and x-sdk-date, was "
                    + String.join(";", header.signedHeaders()));
        }
        long signedAt;
        try {
            signedAt = LocalDateTime.parse(sdkDate, SDK_DATE).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: X-Sdk-Date '" + sdkDate
                    + "' is not in the format yyyyMMdd'T'HHmmss'Z'");
        }
        long skew = Math.abs(wallClock.millis() - signedAt);
        if (skew > settings.allowedClockSkew().toMillis()) {
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: X-Sdk-Date " + sdkDate
                    + " is " + skew / 1000 + " s away from the gateway's clock (allowed: "
                    + settings.allowedClockSkew().toMinutes() + " min); check the client machine's clock");
        }
        String expected = AkSkVerifier.sign(account.secretKey(), request.method(), request.rawPath(), request.queryParams(),
                request::header, header.signedHeaders(), request.body());
        if (!AkSkVerifier.signaturesMatch(expected, header.signature())) {
            recordFailure(header.accessKey(), counter);
            throw unauthorized("APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail "
                    + "(signed headers: " + String.join(";", header.signedHeaders()) + ")");
        }
        synchronized (counter) {
            counter.consecutiveFailures = 0;
        }
        Principal principal = new Principal(account.userId(), account.userName(), account.domainId(), account.iamProjectId(),
                header.accessKey());
        checkProject(request, principal);
        return principal;
    }

    private void recordFailure(String accessKey, FailureCounter counter) {
        synchronized (counter) {
            counter.consecutiveFailures++;
            if (counter.consecutiveFailures >= settings.maxSignatureFailures()) {
                counter.lockedUntilMillis = clock.millis() + settings.akLockDuration().toMillis();
                counter.consecutiveFailures = 0;
            }
        }
    }

    private void checkProject(EmulatorRequest request, Principal principal) {
        String projectHeader = request.header("X-Project-Id");
        if (projectHeader != null && !projectHeader.isEmpty() && !projectHeader.equals(principal.projectId())) {
            throw new EmulatorHttpException(io.jenkins.plugins.codearts.emulator.http.EmulatorResponse.error(403, "APIGW.0302",
                    "The IAM user is not authorized to access the API: X-Project-Id '" + projectHeader
                            + "' is not a project of this account (expected the IAM project id " + principal.projectId() + ")"),
                    "project mismatch");
        }
    }

    /** Unlocks every AK (admin reset). */
    public void resetLocks() {
        failures.clear();
    }

    private static EmulatorHttpException unauthorized(String code, String message) {
        return EmulatorHttpException.of(401, code, message);
    }
}
