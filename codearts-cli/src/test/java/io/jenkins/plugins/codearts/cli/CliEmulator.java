package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The emulator the CLI tests run commands against, and what {@code codearts emulator} tells users to export. A test
 * class keeps one in a {@code @RegisterExtension static} field, which closes it after the class's tests.
 */
final class CliEmulator implements AfterAllCallback {

    /** How much faster than real time the emulator runs; the tests pass it as --poll-speedup. */
    static final int SPEED = 50;
    /** The run id in the review-pending line of a followed run. */
    private static final Pattern RUN_ID = Pattern.compile("--run-id ([0-9a-zA-Z-]+)");

    /** On a free loopback port, {@value #SPEED} times faster than real time. */
    final CodeArtsEmulator emulator = start();
    final DemoAccount demo = emulator.demo();

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    /** An emulator on a free loopback port, {@value #SPEED} times faster than real time. */
    static CodeArtsEmulator start() {
        return CodeArtsEmulator.builder().port(0).speed(SPEED).build().start();
    }

    /** The demo account's settings as `codearts emulator` prints them for export. */
    static Map<String, String> env(CodeArtsEmulator emulator) {
        DemoAccount demo = emulator.demo();
        Map<String, String> env = new HashMap<>();
        env.put("CODEARTS_ENDPOINT", emulator.baseUrl());
        env.put("HUAWEICLOUD_SDK_AK", demo.accessKey());
        env.put("HUAWEICLOUD_SDK_SK", demo.secretKey());
        env.put("CODEARTS_REGION", demo.region());
        env.put("CODEARTS_PROJECT_ID", demo.projectId());
        env.put("CODEARTS_IAM_PROJECT_ID", demo.iamProjectId());
        env.put("CODEARTS_ORG_ID", demo.domainId());
        return env;
    }

    /**
     * Loads a pipeline with one stage "Only", one job "Echo" and one shell step "Print" that takes {@code stepDuration}
     * and prints {@code logLines}, each given as the inside of a YAML double-quoted string.
     */
    static void loadOneStepPipeline(CodeArtsEmulator emulator, Path directory, String pipelineId, String name,
            String stepDuration, String... logLines) throws IOException {
        List<String> yaml = new ArrayList<>(List.of(
                "pipelines:",
                "  - id: " + pipelineId,
                "    name: " + name,
                "    stages:",
                "      - name: Only",
                "        jobs:",
                "          - name: Echo",
                "            steps:",
                "              - name: Print",
                "                task: official_shell_plugin",
                "                duration: " + stepDuration,
                "                logs:"));
        for (String line : logLines) {
            yaml.add("                  - \"" + line + "\"");
        }
        yaml.add("");
        Path scenario = directory.resolve(name + ".yaml");
        Files.writeString(scenario, String.join("\n", yaml), StandardCharsets.UTF_8);
        emulator.loadScenario(scenario);
    }

    /**
     * The run id from the review-pending line of a followed run's {@code output}, read until it appears, the command
     * is no longer {@code alive} or {@code maxWait} has passed; else an error showing {@code everything} it printed.
     */
    static String awaitRunId(Callable<String> output, BooleanSupplier alive, Duration maxWait,
            Callable<String> everything) throws Exception {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (alive.getAsBoolean() && System.nanoTime() < deadline) {
            Matcher matcher = RUN_ID.matcher(output.call());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no review-pending line with --run-id within " + maxWait + "; output:\n"
                + everything.call());
    }

    /** The run id from the stdout of a command run in-process. */
    static String awaitRunId(CliRunner runner, Duration maxWait) throws Exception {
        return awaitRunId(runner::out, () -> true, maxWait, () -> runner.out() + "\nstderr:\n" + runner.err());
    }

    /** The run id from the output file of a command run as a separate process. */
    static String awaitRunId(Process process, Path output, Duration maxWait) throws Exception {
        return awaitRunId(() -> Files.readString(output), process::isAlive, maxWait, () -> Files.readString(output));
    }
}
