package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.client.CodeArtsPermissionException;
import io.jenkins.plugins.codearts.client.CodeArtsServerException;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input and bad responses, one row each: the error type and the words that tell the user what was wrong and
 * what to check. No message may contain a secret.
 */
class BadInputAndResponseTest extends MockServerSupport {

    private static final String PASSWORD = "Pa55word-never-shown";
    private static final String P = "p1";

    /** One row: what to do against the test's client and server, and what the error must say. */
    @FunctionalInterface
    interface Action {
        Object run(BadInputAndResponseTest test) throws Exception;
    }

    static Arguments row(String name, Action action, Class<? extends Throwable> type, String... mustContain) {
        return Arguments.of(name, action, type, List.of(mustContain));
    }

    static CodeArtsConfig.Builder akSk() {
        return CodeArtsConfig.builder().region("cn-north-4").credentials(AkSkCredentials.of(AK, SK));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // --- ids and request values: nothing is sent ---
                row("missing project id", t -> t.client.pipeline().pipelines().showPipelineRunDetail(null, "x", "r"),
                        CodeArtsInvalidArgumentException.class, "showPipelineRunDetail", "project_id", "is missing"),
                row("empty pipeline id", t -> t.client.pipeline().pipelines().deletePipeline(P, ""),
                        CodeArtsInvalidArgumentException.class, "pipeline_id", "must not be empty"),
                row("id containing a slash", t -> t.client.pipeline().pipelines().stopPipelineRun(P, "a/b", "r"),
                        CodeArtsInvalidArgumentException.class, "pipeline_id", "'a/b'", "single id"),
                row("id with surrounding blanks", t -> t.client.pipeline().pipelines().retryPipelineRun(P, "q", " r1"),
                        CodeArtsInvalidArgumentException.class, "pipeline_run_id", "whitespace"),
                row("dot-dot id", t -> t.client.ide().instances().showIdeInstance(".."),
                        CodeArtsInvalidArgumentException.class, "instance_id", "is not an id"),
                row("control character in id", t -> t.client.ide().instances().showIdeInstance("ab\u0000c"),
                        CodeArtsInvalidArgumentException.class, "instance_id", "\\u0000", "control characters"),
                row("over-long id", t -> t.client.ide().instances().deleteIdeInstance("x".repeat(300)),
                        CodeArtsInvalidArgumentException.class, "instance_id", "at most 256"),
                row("id given as a URL", t -> t.client.pipeline().pipelines().showPipelineRunDetail(P,
                        "https://console/p?id=1", null), CodeArtsInvalidArgumentException.class, "not a URL"),
                row("empty pipeline list", t -> t.client.pipeline().pipelines().batchShowPipelineStatus(P, List.of()),
                        CodeArtsInvalidArgumentException.class, "pipelineIds", "at least one"),
                row("malformed id inside the status list", t -> t.client.pipeline().pipelines()
                        .batchShowPipelineStatus(P, List.of("ok", "bad id")), CodeArtsInvalidArgumentException.class,
                        "batchShowPipelineStatus", "'bad id'"),
                row("log window without limit", t -> t.client.pipeline().pipelines().showStepLogs(P, "q", "r", "j",
                        "s", new StepLogRequest(0L, null, 0L, "asc")), CodeArtsInvalidArgumentException.class,
                        "limit", "at least 1"),
                row("log window with a wrong sort", t -> t.client.pipeline().pipelines().showStepLogs(P, "q", "r",
                        "j", "s", new StepLogRequest(0L, null, 100L, "up")), CodeArtsInvalidArgumentException.class,
                        "sort", "'up'", "'asc' or 'desc'"),
                row("negative log offset", t -> t.client.pipeline().pipelines().showStepLogs(P, "q", "r", "j", "s",
                        new StepLogRequest(-5L, null, 100L, "asc")), CodeArtsInvalidArgumentException.class,
                        "start_offset", "-5"),
                row("unsupported IDE size", t -> t.client.ide().instances().createIdeInstance("org",
                        CreateIdeInstanceRequest.of("my-ide", "java", "3U3G", "5GB", "30")),
                        CodeArtsInvalidArgumentException.class, "cpu_memory", "'3U3G'", "2U4G"),
                row("unsupported IDE disk", t -> t.client.ide().instances().createIdeInstance("org",
                        CreateIdeInstanceRequest.of("my-ide", "java", "2U4G", "6GB", "30")),
                        CodeArtsInvalidArgumentException.class, "pvc_quantity", "5GB, 10GB or 20GB"),
                row("IDE name too short", t -> t.client.ide().instances().createIdeInstance("org",
                        CreateIdeInstanceRequest.of("ab", "java", "2U4G", "5GB", "30")),
                        CodeArtsInvalidArgumentException.class, "display_name", "3-100"),
                row("IDE name with forbidden characters", t -> t.client.ide().instances()
                        .checkIdeInstanceNameDuplicate("bad name!"), CodeArtsInvalidArgumentException.class,
                        "display_name", "may contain only"),
                row("unknown operation name", t -> t.client.call("runPipelines", PathParams.of(), Query.empty(), null),
                        CodeArtsInvalidArgumentException.class, "'runPipelines'", "did you mean", "runPipeline"),
                row("generic call with invalid JSON", t -> t.client.call("listPipelines",
                        PathParams.of("project_id", P), Query.empty(), "{\"offset\": 0,"),
                        CodeArtsInvalidArgumentException.class, "request body", "not valid JSON", "line 1"),
                row("generic call with a misspelt path parameter", t -> t.client.call("deletePipeline",
                        PathParams.of("project_id", P, "pipelineId", "x"), Query.empty(), null),
                        CodeArtsInvalidArgumentException.class, "pipelineId", "expected project_id, pipeline_id"),
                // --- configuration ---
                row("unknown region", t -> akSk().region("cn-north-99").build(),
                        CodeArtsInvalidArgumentException.class, "region 'cn-north-99'", "no known CodeArts endpoint",
                        "cn-north-4"),
                row("region that is not a region id", t -> akSk().region("Beijing").build(),
                        CodeArtsInvalidArgumentException.class, "region 'beijing'", "like cn-north-4"),
                row("missing region and endpoints", t -> akSk().region(null).build(),
                        CodeArtsInvalidArgumentException.class, "region", "is missing"),
                row("missing credentials", t -> CodeArtsConfig.builder().region("cn-north-4").build(),
                        CodeArtsInvalidArgumentException.class, "credentials", "AkSkCredentials.of"),
                row("blank access key", t -> AkSkCredentials.of(" ", SK),
                        CodeArtsInvalidArgumentException.class, "access key", "Access Keys"),
                row("missing secret key", t -> AkSkCredentials.of(AK, null),
                        CodeArtsInvalidArgumentException.class, "secret key", "HPUA****4567"),
                row("access key with a stray character", t -> AkSkCredentials.of(AK + "/", SK),
                        CodeArtsInvalidArgumentException.class, "access key", "letters and digits"),
                row("password missing", t -> PasswordCredentials.of("acct", "jenkins", ""),
                        CodeArtsInvalidArgumentException.class, "password", "jenkins"),
                row("password credentials without region or project", t -> CodeArtsConfig.builder()
                        .credentials(PasswordCredentials.of("acct", "jenkins", PASSWORD))
                        .pipelineEndpoint("https://p").ideEndpoint("https://i").iamEndpoint("https://iam").build(),
                        CodeArtsInvalidArgumentException.class, "region", "scope the IAM token"),
                row("proxy without scheme", t -> akSk().proxy("proxy.example:3128").build(),
                        CodeArtsInvalidArgumentException.class, "proxy", "http://proxy.example:3128"),
                row("proxy without port", t -> akSk().proxy("http://proxy.example").build(),
                        CodeArtsInvalidArgumentException.class, "proxy 'http://proxy.example'", "no port"),
                row("proxy with an unsupported scheme", t -> akSk().proxy("ftp://proxy.example:21").build(),
                        CodeArtsInvalidArgumentException.class, "unsupported scheme 'ftp'"),
                row("proxy URL with a password and no host", t -> akSk().proxy("http://user:" + PASSWORD + "@:3128")
                        .build(), CodeArtsInvalidArgumentException.class, "proxy", "****@"),
                row("endpoint with the wrong scheme", t -> akSk().pipelineEndpoint("ftp://pipeline.example").build(),
                        CodeArtsInvalidArgumentException.class, "pipelineEndpoint", "https://"),
                row("endpoint that is not a URL", t -> akSk().ideEndpoint("not a url").build(),
                        CodeArtsInvalidArgumentException.class, "ideEndpoint", "not a valid URL"),
                row("retry policy without attempts", t -> RetryPolicy.builder().maxAttempts(0),
                        CodeArtsInvalidArgumentException.class, "maxAttempts", "at least 1"),
                // --- responses ---
                row("plain text instead of JSON", t -> {
                    t.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("OK"));
                    return t.detail();
                }, CodeArtsBadResponseException.class, "showPipelineRunDetail", "not valid JSON", "endpoint URL"),
                row("HTML page from a proxy", t -> {
                    t.server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                            .setBody("<html><head><title>Access Denied - Corporate Proxy</title></head><body/></html>"));
                    return t.detail();
                }, CodeArtsBadResponseException.class, "HTML page", "Access Denied - Corporate Proxy", "proxy"),
                row("HTML error page with a 502", t -> {
                    for (int i = 0; i < 3; i++) {
                        t.server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                                .setBody("<html><title>502 Bad Gateway</title></html>"));
                    }
                    return t.detail();
                }, CodeArtsServerException.class, "HTTP 502", "HTML page", "502 Bad Gateway"),
                row("truncated JSON", t -> {
                    t.respond(200, "{\"id\":\"r1\",\"status\":\"RUNN");
                    return t.detail();
                }, CodeArtsBadResponseException.class, "truncated JSON", "line 1"),
                row("wrong field type", t -> {
                    t.respond(200, "{\"id\":\"r1\",\"stages\":[{\"start_time\":\"yesterday\"}]}");
                    return t.detail();
                }, CodeArtsBadResponseException.class, "field 'stages[0].start_time'", "unexpected type"),
                row("empty body where JSON was expected", t -> {
                    t.respond(200, "");
                    return t.detail();
                }, CodeArtsBadResponseException.class, "empty body"),
                row("oversized body with Content-Length", t -> {
                    t.useSmallResponseLimit();
                    t.respond(200, "{\"log\":\"" + "x".repeat(5000) + "\"}");
                    return t.detail();
                }, CodeArtsBadResponseException.class, "too large", "5010 bytes declared", "limit is 2048 bytes", "maxResponseBytes"),
                row("oversized chunked body", t -> {
                    t.useSmallResponseLimit();
                    t.server.enqueue(new MockResponse().setChunkedBody("{\"log\":\"" + "x".repeat(5000) + "\"}", 512));
                    return t.detail();
                }, CodeArtsBadResponseException.class, "too large", "more than 2048 bytes"),
                row("business error with HTTP 200", t -> {
                    t.respond(200, "{\"error_code\":\"DEVPIPE.0011401\",\"error_msg\":\"Pipeline does not exist\"}");
                    return t.detail();
                }, CodeArtsNotFoundException.class, "HTTP 200 DEVPIPE.0011401", "Pipeline does not exist",
                        "CodeArts project id"),
                row("permission error with HTTP 200", t -> {
                    t.respond(200, "{\"error_msg\":\"Insufficient permission\",\"error_code\":\"DEVCP.00014031\"}");
                    return t.detail();
                }, CodeArtsPermissionException.class, "DEVCP.00014031", "permissions"),
                row("404 with the gateway request id", t -> {
                    t.server.enqueue(new MockResponse().setResponseCode(404).setHeader("X-Request-Id", "req-42")
                            .setBody("{\"error_code\":\"IDE.00010030\",\"error_msg\":\"instance not exist\"}"));
                    return t.client.ide().instances().showIdeInstance("gone");
                }, CodeArtsNotFoundException.class, "showIdeInstance failed: HTTP 404 IDE.00010030", "request id req-42"),
                row("406 business rule", t -> {
                    t.respond(406, "{\"error_code\":\"IDE.00010054\",\"error_msg\":\"Could not stop the ide\"}");
                    return t.client.ide().instances().stopIdeInstance("i1");
                }, CodeArtsApiException.class, "HTTP 406 IDE.00010054", "Could not stop the ide", "rejected"));
    }

    private Object detail() {
        return client.pipeline().pipelines().showPipelineRunDetail(P, "q", "r1");
    }

    private void useSmallResponseLimit() {
        client.close();
        client = CodeArtsClient.create(config().maxResponseBytes(2048).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void saysWhatWasWrongAndWhatToCheck(String name, Action action, Class<? extends Throwable> type,
            List<String> mustContain) {
        Throwable error = catchThrowable(() -> action.run(this));

        assertThat(error).as(name).isInstanceOf(type).isInstanceOf(CodeArtsException.class);
        for (String words : mustContain) {
            assertThat(error.getMessage()).as(name).contains(words);
        }
        assertThat(error.getMessage()).as("no secret in the message").doesNotContain(SK, PASSWORD);
    }

    @Test
    void nothingIsSentForBadInput() {
        catchThrowable(() -> client.pipeline().pipelines().showPipelineRunDetail(P, "a/b", null));
        catchThrowable(() -> client.ide().instances().showIdeInstance(" "));

        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUnknownEnumValueIsToleratedAsUnknown() {
        respond(200, "{\"id\":\"r1\",\"status\":\"TELEPORTED\",\"brand_new_field\":{\"x\":1},"
                + "\"stages\":[{\"status\":\"WARPING\",\"jobs\":[{\"status\":\"?\",\"steps\":[{\"status\":\"NEW\"}]}]}]}");

        var detail = client.pipeline().pipelines().showPipelineRunDetail(P, "q", "r1");

        assertThat(detail.status()).isEqualTo(PipelineRunStatus.UNKNOWN);
        assertThat(detail.stages().get(0).status().name()).isEqualTo("UNKNOWN");
        assertThat(detail.stages().get(0).jobs().get(0).status().name()).isEqualTo("UNKNOWN");
        assertThat(detail.stages().get(0).jobs().get(0).steps().get(0).status().name()).isEqualTo("UNKNOWN");
    }
}
