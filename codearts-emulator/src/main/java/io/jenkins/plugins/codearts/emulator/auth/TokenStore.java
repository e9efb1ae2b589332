package io.jenkins.plugins.codearts.emulator.auth;

import io.jenkins.plugins.codearts.emulator.http.EmulatorRequest.Principal;
import io.jenkins.plugins.codearts.emulator.time.EmulatorClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/** IAM tokens issued by {@code POST /v3/auth/tokens}. A new token does not invalidate older ones. */
public final class TokenStore {

    /** An issued token. */
    public record IssuedToken(String token, Principal principal, long issuedAtMillis, long expiresAtMillis) {
        @Override
        public String toString() {
            return "IssuedToken[token=****, principal=" + principal + ", expiresAt=" + expiresAtMillis + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final EmulatorClock clock;
    private final Supplier<Duration> lifetime;

    public TokenStore(EmulatorClock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(Principal principal) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        // Real tokens are long opaque base64 strings starting with "MII"; the prefix helps spot them in captures.
        String token = "MIIemu" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        if (tokens.size() > 10_000) {
            // Long-running emulators: forget expired tokens so the map stays small; they would be refused anyway.
            tokens.values().removeIf(existing -> existing.expiresAtMillis() <= now);
        }
        IssuedToken issued = new IssuedToken(token, principal, now, now + lifetime.get().toMillis());
        tokens.put(token, issued);
        return issued;
    }

    /** The token, or {@code null} when unknown. Expiry is checked by the caller so it can answer precisely. */
    public IssuedToken find(String token) {
        return tokens.get(token);
    }

    /** Forgets every token (admin reset). */
    public void clear() {
        tokens.clear();
    }
}
