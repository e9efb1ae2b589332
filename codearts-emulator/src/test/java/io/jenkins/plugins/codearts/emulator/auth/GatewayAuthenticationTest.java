package io.jenkins.plugins.codearts.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Mode;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Reply;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's credential checks, over loopback. */
class GatewayAuthenticationTest {

    private CodeArtsEmulator emulator;
    private String detailPath;

    @BeforeEach
    void start() {
        emulator = CodeArtsEmulator.builder().port(0).manualClock().build().start();
        detailPath = "/v5/" + emulator.demo().projectId() + "/api/pipelines/list";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void signedRequestsWithTheDemoKeysAreAccepted() {
        Reply reply = new EmulatorHttp(emulator).post(detailPath, "{}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("total").asInt()).isEqualTo(2);
        // an encoded query must be signed over its decoded value, re-encoded
        Reply query = new EmulatorHttp(emulator).get("/v2/instances?search=my%20ide~%2A%2Fx&offset=0&limit=10");
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        // repeated keys are signed in request order, not sorted by value
        Reply repeated = new EmulatorHttp(emulator).get("/v2/instances?label=zeta&label=alpha&limit=10");
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
    }

    @Test
    void missingOrWrongCredentialsGetGatewayErrors() {
        Reply anonymous = new EmulatorHttp(emulator).mode(Mode.NONE).post(detailPath, "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error_code").asText()).isEqualTo("APIGW.0301");

        Reply badToken = new EmulatorHttp(emulator).token("MIIforged").post(detailPath, "{}");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.json().get("error_code").asText()).isEqualTo("APIGW.0307");

        Reply wrongSk = new EmulatorHttp(emulator).secretKey("not-the-secret").post(detailPath, "{}");
        assertThat(wrongSk.status()).isEqualTo(401);
        assertThat(wrongSk.json().get("error_msg").asText()).contains("verify aksk signature fail").doesNotContain("not-the-secret");

        Reply skewed = new EmulatorHttp(emulator).sdkDate(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(16)).post(detailPath, "{}");
        assertThat(skewed.status()).isEqualTo(401);
        assertThat(skewed.json().get("error_msg").asText()).contains("X-Sdk-Date", "15 min");
        Reply withinSkew = new EmulatorHttp(emulator).sdkDate(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(14)).post(detailPath, "{}");
        assertThat(withinSkew.status()).isEqualTo(200);
    }

    @Test
    void fiveBadSignaturesLockTheAccessKey() {
        EmulatorHttp wrong = new EmulatorHttp(emulator).secretKey("wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.post(detailPath, "{}").json().get("error_code").asText()).isEqualTo("APIGW.0301");
        }
        Reply locked = new EmulatorHttp(emulator).post(detailPath, "{}");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("error_code").asText()).isEqualTo("APIG.0301");
        assertThat(locked.json().get("error_msg").asText()).contains("locked for 300 more seconds");

        emulator.manualClock().advance(Duration.ofMinutes(5));
        assertThat(new EmulatorHttp(emulator).post(detailPath, "{}").status()).isEqualTo(200);
    }

    @Test
    void iamTokenIsIssuedUsedAndExpires() {
        String body = """
                {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo-user","password":"Demo@Passw0rd","domain":{"name":"demo-account"}}}},
                 "scope":{"project":{"name":"cn-north-4"}}}}""";
        Reply issued = new EmulatorHttp(emulator).mode(Mode.NONE).post("/v3/auth/tokens", body);
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.header("X-Subject-Token");
        assertThat(token).startsWith("MII");
        JsonNode tokenBody = issued.json().get("token");
        assertThat(tokenBody.get("project").get("id").asText()).isEqualTo(emulator.demo().iamProjectId());
        assertThat(tokenBody.get("user").get("domain").get("id").asText()).isEqualTo(emulator.demo().domainId());
        assertThat(tokenBody.get("expires_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");

        EmulatorHttp withToken = new EmulatorHttp(emulator).token(token);
        assertThat(withToken.post(detailPath, "{}").status()).isEqualTo(200);
        JsonNode projects = withToken.get("/v3/projects").json().get("projects");
        assertThat(projects.get(0).get("id").asText()).isEqualTo(emulator.demo().iamProjectId());

        emulator.manualClock().advance(Duration.ofHours(24));
        Reply expired = withToken.post(detailPath, "{}");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error_code").asText()).isEqualTo("APIGW.0307");
        assertThat(expired.json().get("error_msg").asText()).contains("expired");

        Reply wrongPassword = new EmulatorHttp(emulator).mode(Mode.NONE).post("/v3/auth/tokens", body.replace("Demo@Passw0rd", "guess"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).doesNotContain("guess");
        Reply noScope = new EmulatorHttp(emulator).mode(Mode.NONE).post("/v3/auth/tokens",
                body.replace(",\n \"scope\":{\"project\":{\"name\":\"cn-north-4\"}}", ""));
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.json().get("error_msg").asText()).contains("auth.scope.project");
    }

    @Test
    void aProjectHeaderOfAnotherProjectIsForbidden() throws Exception {
        String token = EmulatorHttp.login(emulator);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUrl() + detailPath))
                        .header("X-Auth-Token", token).header("X-Project-Id", "ffffffffffffffffffffffffffffffff")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("APIGW.0302", "ffffffffffffffffffffffffffffffff");
    }
}
