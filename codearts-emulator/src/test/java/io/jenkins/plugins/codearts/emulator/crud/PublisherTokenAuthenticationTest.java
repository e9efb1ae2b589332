package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway accepts {@code x-publisher-token} instead of an IAM token on the three marketplace calls whose IDE
 * document says so (chunk upload, check result, publish), and nowhere else. Over loopback, with no other credential.
 */
class PublisherTokenAuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo user's publisher, codearts-demo (see CrudRouteTableTest). */
    private static final String MY_PUBLISHER = "6251b1ee-539f-4c02-ad4b-83daeda81633";

    private static CrudTestEmulator emulator;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private record Answer(int status, JsonNode json, String text) {
        String errorCode() {
            return json.path("error_code").asText();
        }
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response.body());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path));
    }

    private static String issueToken(String publisherId) throws Exception {
        Answer issued = send(request("/_emulator/publisher-tokens")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publisher_id\":\"" + publisherId + "\"}")));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        assertThat(issued.json().path("publisher_id").asText()).isEqualTo(publisherId);
        return issued.json().path("publisher_token").asText();
    }

    private static Answer upload(String publisherToken, Map<String, String> fields, byte[] file) throws Exception {
        String boundary = "publisher-token-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ext.vsix\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/v2/fileservice/file/upload").header("x-publisher-token", publisherToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void aPublisherTokenUploadsChecksAndPublishesAnExtensionWithoutAnIamToken() throws Exception {
        String token = issueToken(MY_PUBLISHER);
        byte[] file = Packages.vsix("codearts-demo", "publisher-token-demo", "1.0.0");
        Map<String, String> fields = new LinkedHashMap<>();
        // No publisher_id: with a publisher token the document makes it optional.
        fields.put("chunk_index", "1");
        fields.put("merge", "true");
        fields.put("total_chunk_number", "1");
        fields.put("parent_file_size", String.valueOf(file.length));
        fields.put("parent_file_name", "ext.vsix");
        fields.put("override", "false");
        fields.put("chunk_md5", Packages.md5(file));
        Answer uploaded = upload(token, fields, file);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        String task = uploaded.json().at("/result/task_id").asText();
        assertThat(task).isNotBlank();

        Answer check = send(request("/v1/marketplace/extension/" + task + "/status").header("x-publisher-token", token).GET());
        assertThat(check.status()).as(check.text()).isEqualTo(200);
        assertThat(check.json().at("/result/basicInformation/status").asText()).isEqualTo("success");

        Answer published = send(request("/v1/marketplace/extension/" + task + "/archiving").header("x-publisher-token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"type\":10}")));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.json().at("/result/firstUpload").asBoolean()).isTrue();
    }

    @Test
    void otherCallsRefuseAPublisherTokenAndUnknownTokensAreRefused() throws Exception {
        String token = issueToken(MY_PUBLISHER);
        Answer elsewhere = send(request("/v1/marketplace/publishers/mine").header("x-publisher-token", token).GET());
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.errorCode()).isEqualTo("APIGW.0301");
        assertThat(elsewhere.text()).contains("listMyPublishers", "x-publisher-token", "X-Auth-Token").doesNotContain(token);

        String unknown = "pub-0000000000000000000000000000000000000000000000ff";
        Answer refused = send(request("/v1/marketplace/extension/any-task/status").header("x-publisher-token", unknown).GET());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("APIGW.0307");
        assertThat(refused.text()).contains("x-publisher-token").doesNotContain(unknown);

        Answer none = send(request("/v1/marketplace/extension/any-task/status").GET());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("APIGW.0301");
    }

    @Test
    void issuingATokenNeedsAPublisherId() throws Exception {
        Answer missing = send(request("/_emulator/publisher-tokens").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("EMULATOR.0400");
        assertThat(missing.text()).contains("publisher_id", "absent", "/v1/marketplace/publishers/mine");
    }
}
