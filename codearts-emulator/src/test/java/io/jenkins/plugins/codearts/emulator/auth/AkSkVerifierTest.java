package io.jenkins.plugins.codearts.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.emulator.support.TestSigner;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The five official signing vectors (produced by the official SDK signer; also the client's signing/signing-test-vectors.txt). */
class AkSkVerifierTest {

    private static final String AK = "HPUAEXAMPLEAK1234567";
    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";
    private static final String DATE = "20240102T030405Z";
    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    record Vector(String name, String method, String url, boolean projectHeader, String body, String signature) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() {
        return Stream.of(
                new Vector("V1 GET run detail", "GET", "https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com/v5/" + PROJECT
                        + "/api/pipelines/e5460d1d403146a1935c2d4b68ef506c/pipeline-runs/detail?pipeline_run_id=ad6b7f66283a45be9c1f82b06c831e59",
                        true, "", "0c2f4fef37dc63cbaf3ea4cff13a8e498cc6f9644763f78ddd23fe053591482e"),
                new Vector("V2 POST run pipeline", "POST", "https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com/v5/" + PROJECT
                        + "/api/pipelines/e5460d1d403146a1935c2d4b68ef506c/run", true,
                        "{\"description\":\"run from client\",\"variables\":[{\"name\":\"key\",\"value\":\"val\"}]}",
                        "7c482accaa4c8909804e378128d68b82f3d9f74fbac75c29dd3597fb16ae0b8f"),
                new Vector("V3 GET IDE instances (query sort+encoding)", "GET",
                        "https://cloudide.cn-north-4.myhuaweicloud.com/v2/instances?search=my%20ide~%2A%2Fx&offset=0&limit=10",
                        false, "", "dc52acc6ccbf61fe4a899643deefe70814636e1c5a6b9cbfd0612559c6702b61"),
                new Vector("V4 DELETE IDE runtime", "DELETE", "https://cloudide.cn-north-4.myhuaweicloud.com/v2/instances/mpdrao/runtime",
                        false, "", "24ca51094a2859bc437580fa9796a89bd23fb973f45adf42457a36a38fa6481e"),
                new Vector("V5 POST step logs", "POST", "https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com/v5/" + PROJECT
                        + "/api/pipelines/p1/pipeline-runs/r1/jobs/j1/steps/s1/logs", true,
                        "{\"start_offset\":0,\"limit\":500,\"sort\":\"asc\"}",
                        "dd53fcbd13719d735b25f29a151c452e3c645ded38f0d8b636aacb90704470e1"));
    }

    private static Map<String, String> headers(Vector vector) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("host", URI.create(vector.url()).getRawAuthority());
        headers.put("x-sdk-date", DATE);
        if (vector.projectHeader()) {
            headers.put("x-project-id", PROJECT);
        }
        return headers;
    }

    private static String verifierSignature(Vector vector, String body) {
        URI uri = URI.create(vector.url());
        Map<String, List<String>> query = new LinkedHashMap<>(new QueryStringDecoder(vector.url()).parameters());
        Map<String, String> headers = headers(vector);
        List<String> signed = vector.projectHeader() ? List.of("host", "x-project-id", "x-sdk-date") : List.of("host", "x-sdk-date");
        return AkSkVerifier.sign(SK, vector.method(), uri.getRawPath(), query, headers::get, signed,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifierReproducesTheOfficialSignature(Vector vector) {
        assertThat(verifierSignature(vector, vector.body())).isEqualTo(vector.signature());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void testSignerReproducesTheOfficialSignature(Vector vector) {
        String authorization = TestSigner.authorization(AK, SK, vector.method(), URI.create(vector.url()), headers(vector),
                vector.body().getBytes(StandardCharsets.UTF_8));
        assertThat(authorization).endsWith("Signature=" + vector.signature()).startsWith("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void oneChangedByteGivesAnotherSignature(Vector vector) {
        String changedBody = vector.body().isEmpty() ? " " : vector.body().replaceFirst("a", "b");
        assertThat(verifierSignature(vector, changedBody)).isNotEqualTo(vector.signature());
        Vector changedPath = new Vector(vector.name(), vector.method(), vector.url().replaceFirst("/v", "/w"),
                vector.projectHeader(), vector.body(), vector.signature());
        assertThat(verifierSignature(changedPath, vector.body())).isNotEqualTo(vector.signature());
        assertThat(AkSkVerifier.signaturesMatch(vector.signature(), flipLastHex(vector.signature()))).isFalse();
        assertThat(AkSkVerifier.signaturesMatch(vector.signature(), vector.signature().toUpperCase())).isTrue();
    }

    private static String flipLastHex(String signature) {
        char last = signature.charAt(signature.length() - 1);
        return signature.substring(0, signature.length() - 1) + (last == '0' ? '1' : '0');
    }

    @Test
    void parsesTheAuthorizationHeaderAndHidesTheSignature() {
        AkSkVerifier.AuthorizationHeader header = AkSkVerifier.parse(
                "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=host;x-sdk-date, Signature=abcdef");
        assertThat(header.accessKey()).isEqualTo(AK);
        assertThat(header.signedHeaders()).containsExactly("host", "x-sdk-date");
        assertThat(header.toString()).doesNotContain("abcdef");
        assertThatThrownBy(() -> AkSkVerifier.parse("AWS4-HMAC-SHA256 Credential=x"))
                .hasMessageContaining("must start with 'SDK-HMAC-SHA256 '");
        assertThatThrownBy(() -> AkSkVerifier.parse("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=host"))
                .hasMessageContaining("no Signature");
    }

    @Test
    void canonicalUriEncodesDecodedSegmentsAndEndsWithSlash() {
        assertThat(AkSkVerifier.canonicalUri("/")).isEqualTo("/");
        assertThat(AkSkVerifier.canonicalUri("/v2/instances/abc/runtime")).isEqualTo("/v2/instances/abc/runtime/");
        assertThat(AkSkVerifier.canonicalUri("/a%20b/c+d")).isEqualTo("/a%20b/c%2Bd/");
    }
}
