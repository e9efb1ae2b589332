package io.jenkins.plugins.codearts.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes an {@code SDK-HMAC-SHA256} signature the way the API gateway does, written from huawei-api-facts.md:
 * canonical request = method, canonical URI (each decoded segment RFC 3986-encoded, each followed by '/'), canonical
 * query (encoded pairs sorted by key; repeated values keep their request order, as the official SDK does), canonical headers (the signed ones, lower-case, sorted), signed header
 * list and hex SHA-256 of the body; the string to sign adds the algorithm and X-Sdk-Date; the key is the SK itself.
 */
public final class AkSkVerifier {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private AkSkVerifier() {
    }

    /** The parts of an {@code Authorization: SDK-HMAC-SHA256 Access=.., SignedHeaders=.., Signature=..} header. */
    public record AuthorizationHeader(String accessKey, List<String> signedHeaders, String signature) {
        @Override
        public String toString() {
            return "AuthorizationHeader[accessKey=" + accessKey + ", signedHeaders=" + signedHeaders + ", signature=****]";
        }
    }

    /**
     * Parses the Authorization header.
     *
     * @throws IllegalArgumentException with a message safe to return to the caller (it never echoes the signature)
     */
    public static AuthorizationHeader parse(String authorization) {
        if (!authorization.startsWith(ALGORITHM + " ")) {
            throw new IllegalArgumentException("the Authorization header must start with '" + ALGORITHM + " '");
        }
        String accessKey = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            String trimmed = part.trim();
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = trimmed.substring(0, eq);
            String value = trimmed.substring(eq + 1);
            switch (name) {
                case "Access" -> accessKey = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> {
                    // Unknown attributes are ignored, as a tolerant gateway would.
                }
            }
        }
        if (accessKey == null || accessKey.isEmpty()) {
            throw new IllegalArgumentException("the Authorization header has no Access=<AK>");
        }
        if (signedHeaders == null || signedHeaders.isEmpty()) {
            throw new IllegalArgumentException("the Authorization header has no SignedHeaders=<list>");
        }
        if (signature == null || signature.isEmpty()) {
            throw new IllegalArgumentException("the Authorization header has no Signature=<hex>");
        }
        return new AuthorizationHeader(accessKey, List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";")), signature);
    }

    /**
     * Computes the signature of a request.
     *
     * @param rawPath       the path as sent (percent-encoded), without the query
     * @param query         decoded query parameters
     * @param headerLookup  case-insensitive header lookup (first value)
     * @param signedHeaders lower-case names from the Authorization header
     */
    public static String sign(String secretKey, String method, String rawPath, Map<String, List<String>> query,
                              Function<String, String> headerLookup, List<String> signedHeaders, byte[] body) {
        String canonicalRequest = canonicalRequest(method, rawPath, query, headerLookup, signedHeaders, body);
        String sdkDate = headerLookup.apply("x-sdk-date");
        String stringToSign = ALGORITHM + "\n" + (sdkDate == null ? "" : sdkDate) + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        return hmacSha256Hex(secretKey, stringToSign);
    }

    static String canonicalRequest(String method, String rawPath, Map<String, List<String>> query,
                                   Function<String, String> headerLookup, List<String> signedHeaders, byte[] body) {
        StringBuilder canonical = new StringBuilder(256);
        canonical.append(method).append('\n');
        canonical.append(canonicalUri(rawPath)).append('\n');
        canonical.append(canonicalQuery(query)).append('\n');
        List<String> sortedNames = new ArrayList<>(signedHeaders);
        sortedNames.sort(null);
        for (String name : sortedNames) {
            String value = headerLookup.apply(name);
            canonical.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        canonical.append('\n');
        canonical.append(String.join(";", sortedNames)).append('\n');
        String contentSha = headerLookup.apply("x-sdk-content-sha256");
        canonical.append(UNSIGNED_PAYLOAD.equals(contentSha) ? UNSIGNED_PAYLOAD : sha256Hex(body));
        return canonical.toString();
    }

    static String canonicalUri(String rawPath) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder(rawPath.length() + 8);
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            uri.append('/').append(encode(decodePercent(segment)));
        }
        return uri.append('/').toString();
    }

    static String canonicalQuery(Map<String, List<String>> query) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            List<String> encodedValues = new ArrayList<>();
            for (String value : entry.getValue()) {
                encodedValues.add(encode(value));
            }
            sorted.put(encode(entry.getKey()), encodedValues);
        }
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : sorted.entrySet()) {
            List<String> values = entry.getValue().isEmpty() ? List.of("") : entry.getValue();
            for (String value : values) {
                if (canonical.length() > 0) {
                    canonical.append('&');
                }
                canonical.append(entry.getKey()).append('=').append(value);
            }
        }
        return canonical.toString();
    }

    /** RFC 3986 encoding: only {@code A-Za-z0-9-_.~} stay as they are. */
    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes %XX escapes only ('+' stays '+', as it does in a path). */
    static String decodePercent(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        byte[] out = new byte[segment.length()];
        int length = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out[length++] = (byte) ((hi << 4) | lo);
                    i += 2;
                    continue;
                }
            }
            byte[] chunk = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            if (length + chunk.length > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + chunk.length);
            }
            System.arraycopy(chunk, 0, out, length, chunk.length);
            length += chunk.length;
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String hmacSha256Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time comparison of two hex signatures. */
    public static boolean signaturesMatch(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
