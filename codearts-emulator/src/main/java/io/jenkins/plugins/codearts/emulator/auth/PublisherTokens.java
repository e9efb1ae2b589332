package io.jenkins.plugins.codearts.emulator.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Marketplace publisher credentials ({@code x-publisher-token}). The IDE document accepts one instead of
 * {@code X-Auth-Token} on the extension upload, check and publish calls but does not say how a publisher obtains it,
 * so the emulator issues them itself ({@code POST /_emulator/publisher-tokens}). Each token names the publisher it
 * was issued for.
 */
public final class PublisherTokens {

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, String> publisherByToken = new ConcurrentHashMap<>();

    /** A new token for {@code publisherId}; older tokens stay valid. */
    public String issue(String publisherId) {
        if (publisherId == null || publisherId.isBlank()) {
            throw new IllegalArgumentException("publisher_id is required: the id of the publisher the token acts for");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "pub-" + HexFormat.of().formatHex(bytes);
        publisherByToken.put(token, publisherId);
        return token;
    }

    /** The publisher the token was issued for, or {@code null} when the token is unknown. */
    public String publisherOf(String token) {
        return token == null ? null : publisherByToken.get(token);
    }
}
