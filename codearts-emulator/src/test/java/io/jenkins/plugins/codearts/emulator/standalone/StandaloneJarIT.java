package io.jenkins.plugins.codearts.emulator.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code java -jar target/codearts-emulator.jar --port 0} starts, prints the banner and serves the demo scenario. */
class StandaloneJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void jarStartsWithTheDemoScenario() throws Exception {
        Path jar = Path.of(System.getProperty("emulator.jar", "target/codearts-emulator.jar"));
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--speed", "100")
                .redirectErrorStream(true).start();
        try {
            List<String> banner = new ArrayList<>();
            String baseUrl = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                banner.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    baseUrl = matcher.group(1);
                }
                if (line.startsWith("Try: curl")) {
                    break;
                }
            }
            assertThat(baseUrl).as("banner: %s", banner).isNotNull();
            String text = String.join("\n", banner);
            assertThat(text).contains("EMUDEMOAK7Q2LK9P3ZTX", "demo-user", "5e1c0a7d9b2f4c3e8a6d1f0b7c9e2a41",
                    "9a3f6b2c1d8e4f7a0b5c2d9e6f1a3b87", "IDE stack id");

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            JsonNode demo = new ObjectMapper().readTree(client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_emulator/demo")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String login = """
                    {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s","domain":{"name":"%s"}}}},
                     "scope":{"project":{"name":"%s"}}}}""".formatted(demo.get("user_name").asText(), demo.get("password").asText(),
                    demo.get("domain_name").asText(), demo.get("region").asText());
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/auth/tokens"))
                    .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(201);
            HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v5/"
                            + demo.get("project_id").asText() + "/api/pipelines/list"))
                    .header("X-Auth-Token", token.headers().firstValue("X-Subject-Token").orElseThrow())
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(list.body()).get("total").asInt()).isEqualTo(2);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(Files.size(jar)).isGreaterThan(1_000_000);
    }
}
