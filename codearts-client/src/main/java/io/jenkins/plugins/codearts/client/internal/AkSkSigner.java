package io.jenkins.plugins.codearts.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/**
 * Huawei Cloud API Gateway request signing, {@code SDK-HMAC-SHA256}.
 *
 * <p>Canonical request = method, canonical URI (each decoded path segment RFC 3986-encoded and followed by
 * {@code /}), canonical query (encoded pairs sorted by key; values of a repeated key keep their order, as the
 * official SDK does), canonical headers (lower-case
 * {@code name:value} lines, sorted, without {@code Content-Type} and names containing {@code _}, plus
 * {@code host}), signed header names, and the hex SHA-256 of the body. The signature is the hex HMAC-SHA256 of
 * {@code SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex SHA-256 of the canonical request>} keyed with the SK.
 */
public final class AkSkSigner {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String HEADER_SDK_DATE = "X-Sdk-Date";
    public static final String HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** Signed bodies are limited by the gateway; larger ones must use token authentication. */
    public static final int MAX_SIGNED_BODY_BYTES = 12 * 1024 * 1024;

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private AkSkSigner() {
    }

    /** {@code 20240102T030405Z}. */
    public static String sdkDate(Instant instant) {
        return SDK_DATE.format(instant);
    }

    /**
     * Computes the {@code Authorization} header value.
     *
     * @param method      HTTP method
     * @param url         the full request URL
     * @param headers     every header that will be sent, including {@code X-Sdk-Date} (Host is derived from the URL)
     * @param payloadHash lower-case hex SHA-256 of the body, or {@link #UNSIGNED_PAYLOAD}
     */
    public static String authorization(String method, HttpUrl url, List<Map.Entry<String, String>> headers,
            String payloadHash, String accessKey, String secretKey) {
        Map<String, String> canonicalHeaders = canonicalHeaders(url, headers);
        String signedHeaders = String.join(";", canonicalHeaders.keySet());
        String sdkDate = null;
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(HEADER_SDK_DATE)) {
                sdkDate = header.getValue().strip();
            }
        }
        if (sdkDate == null) {
            throw new IllegalStateException("X-Sdk-Date must be set before signing");
        }
        String canonicalRequest = canonicalRequest(method, url, canonicalHeaders, signedHeaders, payloadHash);
        String stringToSign = ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String signature = hmacSha256Hex(secretKey, stringToSign);
        return ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    static String canonicalRequest(String method, HttpUrl url, Map<String, String> canonicalHeaders,
            String signedHeaders, String payloadHash) {
        StringBuilder headerBlock = new StringBuilder();
        canonicalHeaders.forEach((name, value) -> headerBlock.append(name).append(':').append(value).append('\n'));
        return method.toUpperCase(Locale.ROOT) + "\n"
                + canonicalUri(url) + "\n"
                + canonicalQuery(url) + "\n"
                + headerBlock + "\n"
                + signedHeaders + "\n"
                + payloadHash;
    }

    static String canonicalUri(HttpUrl url) {
        List<String> segments = new ArrayList<>(url.pathSegments());
        // "/a/b/" decodes to [a, b, ""]; the trailing empty segment adds nothing because every segment ends with '/'.
        if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        StringBuilder uri = new StringBuilder("/");
        for (String segment : segments) {
            uri.append(encode(segment)).append('/');
        }
        return uri.toString();
    }

    static String canonicalQuery(HttpUrl url) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            pairs.add(new String[] {encode(url.queryParameterName(i)), encode(value == null ? "" : value)});
        }
        // Stable sort on the key only: the official signer keeps the values of a repeated key in request order.
        pairs.sort(Comparator.comparing(pair -> pair[0]));
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(pair[0]).append('=').append(pair[1]);
        }
        return query.toString();
    }

    static Map<String, String> canonicalHeaders(HttpUrl url, List<Map.Entry<String, String>> headers) {
        Map<String, String> canonical = new TreeMap<>();
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("content-type") || name.contains("_") || name.equals("authorization")) {
                continue;
            }
            canonical.put(name, header.getValue().strip());
        }
        canonical.put("host", hostHeader(url));
        return canonical;
    }

    /** The URL authority as the Host header carries it: the port only when it is not the scheme's default. */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    /** RFC 3986 percent-encoding of UTF-8 bytes; only {@code A-Za-z0-9-_.~} stay as they are. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String hmacSha256Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Never include the key in the message.
            throw new IllegalStateException("HmacSHA256 signing failed: " + e.getClass().getSimpleName());
        }
    }
}
