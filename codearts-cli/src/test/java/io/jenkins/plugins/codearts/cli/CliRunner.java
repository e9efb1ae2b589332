package io.jenkins.plugins.codearts.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with captured output, a given environment and a private home directory. */
final class CliRunner {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final CliEnvironment environment;

    CliRunner(Map<String, String> env, Path home) {
        this(env, home, InputStream.nullInputStream());
    }

    CliRunner(Map<String, String> env, Path home, InputStream in) {
        this.environment = CliEnvironment.nonInteractive(env,
                new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), home).withIn(in);
    }

    int run(String... args) {
        return Main.execute(environment, args);
    }

    CliEnvironment environment() {
        return environment;
    }

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
