package io.jenkins.plugins.codearts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a separate process, as users start it: through the bin/codearts launcher, with no locale (and the JVM told
 * its console is ASCII), and in the background with SIGINT ignored.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ProcessBehaviourTest {

    static final String PIPELINE = "0f0e0d0c0b0a0908070605040302ffff";
    static final String TEXT = "héllo 中文 ✓";

    @RegisterExtension
    static final CliEmulator codearts = new CliEmulator();
    static final CodeArtsEmulator emulator = codearts.emulator;
    static final DemoAccount demo = codearts.demo;

    @TempDir
    static Path shared;

    @BeforeAll
    static void loadUnicodePipeline() throws Exception {
        CliEmulator.loadOneStepPipeline(emulator, shared, PIPELINE, "unicode", "1s", TEXT);
    }

    /** bin/codearts of this repository. */
    static Path launcher() {
        Path here = Path.of("").toAbsolutePath();
        Path script = here.resolve("bin/codearts");
        return Files.exists(script) ? script : here.getParent().resolve("bin/codearts");
    }

    /**
     * A jar whose manifest starts Main with the test class path, standing in for codearts.jar (built only after the
     * tests) so the launcher runs exactly as it will with the real jar.
     */
    static Path manifestJar() throws Exception {
        Path jar = shared.resolve("codearts-test.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(new File(entry).toURI().toURL()).append(' ');
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // only the manifest
        }
        return jar;
    }

    /** A process with no locale and no CodeArts settings but the emulator's. */
    static ProcessBuilder codearts(List<String> prefix, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("HUAWEICLOUD_") || name.startsWith("CODEARTS_")
                || name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE"));
        env.putAll(CliEmulator.env(emulator));
        env.put("HOME", shared.toString());
        env.put("CODEARTS_JAR", manifestJar().toString());
        // The JVM believes its console is ASCII, as it does without a locale on some systems.
        env.put("CODEARTS_JAVA_OPTS", "-Dfile.encoding=ANSI_X3.4-1968 -Dstdout.encoding=US-ASCII"
                + " -Dstderr.encoding=US-ASCII -Dsun.stdout.encoding=US-ASCII -Dsun.stderr.encoding=US-ASCII");
        return builder;
    }

    @Test
    void outputIsUtf8WithoutALocale() throws Exception {
        Path out = shared.resolve("utf8.out");
        Path err = shared.resolve("utf8.err");
        Process process = codearts(List.of("sh"), "run", "--pipeline-id", PIPELINE, "--progress", "plain",
                "--poll-speedup", String.valueOf(CliEmulator.SPEED)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stdout + Files.readString(err)).isEqualTo(ExitCodes.SUCCESS);
        assertThat(stdout).contains(TEXT).contains("Step \"Only › Echo › Print\"").doesNotContain("?");

        Path config = Files.writeString(shared.resolve("bad-region.properties"), "region=" + TEXT + "\n",
                StandardCharsets.UTF_8);
        ProcessBuilder badRegion = codearts(List.of("sh"), "config", "--config", config.toString());
        badRegion.environment().remove("CODEARTS_REGION");
        Process bad = badRegion.redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(ExitCodes.ERROR);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("region '" + TEXT + "'");
    }

    @Test
    void aBackgroundFollowerWithSigintIgnoredStillStopsOnSigint() throws Exception {
        Path out = shared.resolve("sigint.out");
        // What `codearts run ... &` in a script does: the shell ignores SIGINT for the job.
        Process process = codearts(List.of("sh", "-c", "trap '' INT; exec sh \"$0\" \"$@\""), "run", "--pipeline-id",
                demo.demoPipelineId(), "--progress", "plain", "--poll-speedup",
                String.valueOf(CliEmulator.SPEED)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        String runId = CliEmulator.awaitRunId(process, out, Duration.ofSeconds(40));
        // exec all the way down: the pid is the JVM's.
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
        assertThat(process.waitFor(40, TimeUnit.SECONDS)).as(Files.readString(out)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.INTERRUPTED_BY_SIGINT);
        assertThat(output).contains("interrupted (Ctrl-C): stopping the remote run and waiting up to 15 s");
        CliRunner api = new CliRunner(CliEmulator.env(emulator), shared);
        assertThat(api.run("api", "showPipelineRunDetail", "-p", "pipeline_id=" + demo.demoPipelineId(),
                "-q", "pipeline_run_id=" + runId, "--compact")).isEqualTo(ExitCodes.SUCCESS);
        JsonNode detail = CodeArtsJson.mapper().readTree(api.out());
        assertThat(detail.path("status").asText()).isEqualTo("CANCELED");
    }

    @Test
    void launcherWithoutTheJarSaysHowToBuildIt() throws Exception {
        ProcessBuilder builder = codearts(List.of("sh"), "--version");
        builder.environment().put("CODEARTS_JAR", shared.resolve("missing.jar").toString());
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.ERROR);
        assertThat(output).contains("missing.jar not found; build it with: ./mvnw -B -ntp -pl codearts-cli -am package");
    }
}
