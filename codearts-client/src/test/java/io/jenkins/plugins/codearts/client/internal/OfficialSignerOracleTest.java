package io.jenkins.plugins.codearts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Compares our signer with the official Huawei Cloud SDK signer ({@code huaweicloud-sdk-core}, test scope only) on
 * randomized requests: methods, unicode and reserved characters in path segments and query values, repeated query
 * keys, empty values, bodies and extra headers. The seed is fixed so a failure can be reproduced.
 *
 * <p>Both signers get the same logical request: the official one the raw path and query values (it encodes them
 * itself), ours the URL the transport builds (segments and values percent-encoded once).
 */
class OfficialSignerOracleTest {

    private static final int REQUESTS = 1500;
    private static final long SEED = 20240102L;
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH"};
    private static final String[] ENDPOINTS = {"https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com",
            "https://cloudide.cn-north-4.myhuaweicloud.com", "http://127.0.0.1:8089",
            "https://pipeline-external.eu-west-101.myhuaweicloud.eu"};
    /** Characters a path segment may hold (the transport rejects '/', '\\', '?', '#', whitespace and controls). */
    private static final String SEGMENT_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@%\"<>[]^`|";
    private static final String VALUE_CHARS = SEGMENT_CHARS + " /?#{}\u00fc\u00e9\u4e2d\u6587\ud83d\ude80";
    private static final String[] UNICODE = {"\u4e2d\u6587", "\u00fcber", "caf\u00e9", "\ud83d\ude80", "\u0410\u0411"};

    @Test
    void signsExactlyLikeTheOfficialSdk() {
        Random random = new Random(SEED);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String ak = "AK" + randomAlnum(random, 18).toUpperCase();
            String sk = randomAlnum(random, 40);
            String method = METHODS[random.nextInt(METHODS.length)];
            String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            List<String> segments = new ArrayList<>();
            int segmentCount = 1 + random.nextInt(5);
            for (int s = 0; s < segmentCount; s++) {
                segments.add(randomSegment(random));
            }
            Map<String, List<String>> query = new LinkedHashMap<>();
            int queryCount = random.nextInt(5);
            for (int q = 0; q < queryCount; q++) {
                // Keys are identifiers: the official SDK writes keys into its URL unencoded and re-parses that URL,
                // so a key holding '&', '=', '%' or a space confuses it (no CodeArts parameter is named that way).
                // Values get the full range of reserved and unicode characters.
                String key = random.nextInt(4) == 0 ? "k" : randomText(random, "abcdefghij_-.~", 1 + random.nextInt(6));
                int valueCount = random.nextInt(5) == 0 ? 2 + random.nextInt(2) : 1;
                for (int v = 0; v < valueCount; v++) {
                    String value = random.nextInt(6) == 0 ? "" : randomValue(random);
                    query.computeIfAbsent(key, unused -> new ArrayList<>()).add(value);
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Sdk-Date", String.format("2024%02d%02dT%02d%02d%02dZ", 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            if (random.nextBoolean()) {
                headers.put("X-Project-Id", randomAlnum(random, 32).toLowerCase());
            }
            if (random.nextInt(4) == 0) {
                headers.put("X-Domain-Id", randomAlnum(random, 32).toLowerCase());
            }
            if (random.nextInt(4) == 0) {
                headers.put("X-Security-Token", randomAlnum(random, 60));
            }
            if (random.nextInt(3) == 0) {
                headers.put("X-Custom-" + randomAlnum(random, 4), "  " + randomText(random,
                        "abc XYZ 019 ;:,.=/+*", 1 + random.nextInt(20)) + " ");
            }
            String body = "";
            if (!method.equals("GET") && !method.equals("DELETE") && random.nextInt(4) != 0) {
                body = "{\"name\":\"" + randomValue(random).replace("\\", "").replace("\"", "") + "\",\"n\":"
                        + random.nextInt(1000) + "}";
            }

            String ours = oursAuthorization(method, endpoint, segments, query, headers, body, ak, sk);
            String official = officialAuthorization(method, endpoint, segments, query, headers, body, ak, sk);
            if (!ours.equals(official)) {
                mismatches.add("#" + i + " " + method + " " + endpoint + " segments=" + segments + " query=" + query
                        + " headers=" + headers.keySet() + " body=" + body + "\n  ours:     " + ours
                        + "\n  official: " + official);
            }
        }
        System.out.println("oracle: " + (REQUESTS - mismatches.size()) + "/" + REQUESTS + " signatures identical");
        assertThat(mismatches).as("requests whose signature differs from the official SDK's").isEmpty();
    }

    private static String oursAuthorization(String method, String endpoint, List<String> segments,
            Map<String, List<String>> query, Map<String, String> headers, String body, String ak, String sk) {
        HttpUrl.Builder url = HttpUrl.parse(endpoint).newBuilder();
        url.encodedPath("/");
        url.removePathSegment(0);
        for (String segment : segments) {
            url.addEncodedPathSegment(AkSkSigner.encode(segment));
        }
        query.forEach((key, values) -> values.forEach(
                value -> url.addEncodedQueryParameter(AkSkSigner.encode(key), AkSkSigner.encode(value))));
        List<Map.Entry<String, String>> headerList = new ArrayList<>(headers.entrySet());
        headerList.add(Map.entry("Content-Type", "application/json"));
        return AkSkSigner.authorization(method, url.build(), headerList,
                AkSkSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), ak, sk);
    }

    private static String officialAuthorization(String method, String endpoint, List<String> segments,
            Map<String, List<String>> query, Map<String, String> headers, String body, String ak, String sk) {
        HttpRequest.HttpRequestBuilder builder = HttpRequest.newBuilder()
                .withEndpoint(endpoint)
                .withPath("/" + String.join("/", segments))
                .withMethod(HttpMethod.valueOf(method))
                .withContentType("application/json");
        if (!body.isEmpty()) {
            builder.withBodyAsString(body);
        }
        query.forEach(builder::addQueryParam);
        // OkHttp trims header values before sending, so the gateway sees (and verifies) trimmed values.
        headers.forEach((name, value) -> builder.addHeader(name, value.strip()));
        BasicCredentials credentials = new BasicCredentials().withAk(ak).withSk(sk);
        return AKSKSigner.getInstance().sign(builder.build(), credentials).get("Authorization");
    }

    private static String randomSegment(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return randomAlnum(random, 32).toLowerCase();
            case 1:
                return UNICODE[random.nextInt(UNICODE.length)] + randomAlnum(random, 3);
            default:
                String segment = randomText(random, SEGMENT_CHARS, 1 + random.nextInt(12));
                // "." and ".." are dot segments, which URLs resolve away; the transport rejects them as ids.
                return segment.equals(".") || segment.equals("..") ? segment + "x" : segment;
        }
    }

    private static String randomValue(Random random) {
        return random.nextInt(3) == 0 ? UNICODE[random.nextInt(UNICODE.length)]
                : randomText(random, VALUE_CHARS, 1 + random.nextInt(15));
    }

    private static String randomAlnum(Random random, int length) {
        return randomText(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
    }

    private static String randomText(Random random, String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }
}
