package io.jenkins.plugins.codearts.emulator.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small SDK-HMAC-SHA256 signer for tests, written separately from the emulator's verifier so a shared misreading
 * of the signing rules would show up as a failing vector test on one side.
 */
public final class TestSigner {

    private TestSigner() {
    }

    /** Returns the Authorization header value for the request. {@code headers} maps lower-case names to values and must include host and x-sdk-date. */
    public static String authorization(String ak, String sk, String method, URI uri, Map<String, String> headers, byte[] body) {
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals("content-type") && !lower.contains("_")) {
                signed.put(lower, value.trim());
            }
        });
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n');
        String path = uri.getRawPath();
        StringBuilder canonicalUri = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                canonicalUri.append('/').append(escape(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)));
            }
        }
        canonical.append(canonicalUri.length() == 0 ? "/" : canonicalUri + "/").append('\n');
        TreeMap<String, List<String>> query = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(escape(key), k -> new ArrayList<>()).add(escape(value));
            }
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((key, values) -> values.forEach(value -> pairs.add(key + "=" + value)));
        canonical.append(String.join("&", pairs)).append('\n');
        signed.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        canonical.append('\n');
        String signedHeaders = String.join(";", signed.keySet());
        canonical.append(signedHeaders).append('\n');
        canonical.append(hex(sha256(body)));
        String stringToSign = "SDK-HMAC-SHA256\n" + signed.get("x-sdk-date") + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        return "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signedHeaders + ", Signature=" + hex(hmac(sk, stringToSign));
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }
}
