package io.jenkins.plugins.codearts.emulator.crud;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.time.Duration;

/**
 * The whole emulator on a free loopback port with a manual clock, and an HTTP client that authenticates like a real
 * caller: an IAM token from {@code POST /v3/auth/tokens} sent as {@code X-Auth-Token}.
 */
final class CrudTestEmulator implements AutoCloseable {

    private final CodeArtsEmulator emulator;
    private final CrudHttp http;

    private CrudTestEmulator(CodeArtsEmulator emulator) {
        this.emulator = emulator;
        this.http = new CrudHttp(emulator.baseUrl(), token(emulator));
    }

    static CrudTestEmulator start() {
        return new CrudTestEmulator(CodeArtsEmulator.builder().port(0).manualClock().build().start());
    }

    private static String token(CodeArtsEmulator emulator) {
        DemoAccount demo = emulator.demo();
        String body = """
                {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","password":"%s","domain":{"name":"%s"}}}},
                         "scope":{"project":{"name":"%s"}}}}""".formatted(demo.userName(), demo.password(), demo.domainName(),
                demo.region());
        CrudHttp.Reply reply = new CrudHttp(emulator.baseUrl(), null).post("/v3/auth/tokens", body);
        if (reply.status() != 201 || reply.subjectToken() == null) {
            throw new IllegalStateException("IAM token call failed: " + reply);
        }
        return reply.subjectToken();
    }

    String baseUrl() {
        return emulator.baseUrl();
    }

    DemoAccount demo() {
        return emulator.demo();
    }

    CodeArtsEmulator emulator() {
        return emulator;
    }

    /** Moves emulator time forward (code generation completes after a while). */
    void advanceMillis(long millis) {
        emulator.manualClock().advance(Duration.ofMillis(millis));
    }

    /** A client that sends the IAM token. */
    CrudHttp http() {
        return http;
    }

    /** A client without credentials. */
    CrudHttp anonymous() {
        return new CrudHttp(emulator.baseUrl(), null);
    }

    @Override
    public void close() {
        emulator.close();
    }
}
