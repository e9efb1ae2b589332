package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts the emulator and keeps it running until Ctrl-C. */
@Command(name = "emulator",
        description = {"Start the CodeArts emulator (Pipeline, IDE Online and IAM on one port) until Ctrl-C, and print"
            + " its URL, the demo credentials and the settings to use it. Takes every option of the standalone"
            + " emulator jar.",
            "Examples:",
            "  codearts emulator --port 8089 --speed 20",
            "  codearts emulator --port 0 --max-runs-per-pipeline 1 --concurrency-mode reject",
            "  codearts emulator --ak-lock 30s --ak-lock-after 3 --scenario my-pipelines.yaml"})
final class EmulatorCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8089",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "How many times faster than real time runs and instances progress (above 0, up to 1000). Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--manual-clock", description = "Emulated time moves only via POST /_emulator/clock/advance.")
    boolean manualClock;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario file (YAML or JSON, see docs/emulator.md) with pipelines to add (repeatable).")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--scenario-resource", paramLabel = "PATH", description = "Load a scenario from the classpath (repeatable).")
    List<String> scenarioResources = new ArrayList<>();

    @Option(names = "--no-demo", description = "Do not load the built-in demo pipelines.")
    boolean noDemo;

    @Option(names = "--no-auth", description = "Accept requests without credentials.")
    boolean noAuth;

    @Option(names = "--max-runs-per-pipeline", paramLabel = "N",
            description = "Concurrent runs per pipeline before new ones queue or are rejected. Default: 2.")
    Integer maxRunsPerPipeline;

    @Option(names = "--max-runs-per-tenant", paramLabel = "N", description = "Concurrent runs per account. Default: 10.")
    Integer maxRunsPerTenant;

    @Option(names = "--concurrency-mode", paramLabel = "queue|reject",
            description = "Over the limit: queue the run (DEVPIPE.00011169/70) or reject it (DEVPIPE.00011104/5). Default: queue.")
    EmulatorSettings.ConcurrencyMode concurrencyMode;

    @Option(names = "--review-timeout", paramLabel = "DURATION", converter = SecondsOrDuration.class,
            description = "How long a manual review waits before it times out (e.g. 1h, or seconds: 3600). Default: 1h.")
    Duration reviewTimeout;

    @Option(names = "--review-timeout-outcome", paramLabel = "pass|refuse",
            description = "What a timed-out review does. Default: refuse.")
    EmulatorSettings.ReviewTimeoutOutcome reviewTimeoutOutcome;

    @Option(names = "--ide-start-delay", paramLabel = "DURATION", converter = SecondsOrDuration.class,
            description = "STARTING -> RUNNING delay of IDE instances (e.g. 20s). Default: 20s.")
    Duration ideStartDelay;

    @Option(names = "--ak-lock", paramLabel = "DURATION", converter = SecondsOrDuration.class,
            description = "How long an AK stays locked after --ak-lock-after bad signatures in a row (e.g. 5m, or seconds: 300). Default: 5m.")
    Duration akLock;

    @Option(names = "--ak-lock-after", paramLabel = "N", description = "Bad signatures in a row that lock the AK. Default: 5.")
    Integer akLockAfter;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment environment = root.environment();
        CodeArtsEmulator.Builder builder = builder();
        CountDownLatch stopped = new CountDownLatch(1);
        try (CodeArtsEmulator emulator = start(builder);
                AbortController.Registration ignored = environment.abortController().register(maxWait -> stopped.countDown())) {
            printWelcome(environment.out(), emulator.baseUrl(), speed, emulator.demo());
            stopped.await();
            environment.out().println("emulator stopped");
        }
        return ExitCodes.SUCCESS;
    }

    /** Every flag checked and applied before the port is bound. */
    private CodeArtsEmulator.Builder builder() {
        if (port < 0 || port > 65535) {
            throw new CliException(ExitCodes.USAGE, "--port " + port + " is not a TCP port; use 0..65535 (0 = any free port)");
        }
        if (!(speed > 0 && speed <= 1000)) {
            throw new CliException(ExitCodes.USAGE, "--speed " + speed + " is out of range; use a factor above 0 up to 1000");
        }
        for (Path scenario : scenarios) {
            if (!Files.isRegularFile(scenario)) {
                throw new CliException(ExitCodes.USAGE, "--scenario " + scenario + ": no such file; give a YAML or JSON scenario file");
            }
        }
        requireAtLeastOne("--max-runs-per-pipeline", maxRunsPerPipeline);
        requireAtLeastOne("--max-runs-per-tenant", maxRunsPerTenant);
        requireAtLeastOne("--ak-lock-after", akLockAfter);
        CodeArtsEmulator.Builder builder = CodeArtsEmulator.builder().host(host).port(port).speed(speed)
                .demoScenario(!noDemo).authentication(!noAuth);
        if (manualClock) {
            builder.manualClock();
        }
        scenarios.forEach(builder::scenarioFile);
        scenarioResources.forEach(builder::scenarioResource);
        EmulatorSettings settings = builder.settings();
        if (maxRunsPerPipeline != null) {
            settings.maxConcurrentRunsPerPipeline(maxRunsPerPipeline);
        }
        if (maxRunsPerTenant != null) {
            settings.maxConcurrentRunsPerTenant(maxRunsPerTenant);
        }
        if (concurrencyMode != null) {
            settings.concurrencyMode(concurrencyMode);
        }
        if (reviewTimeout != null) {
            settings.reviewTimeout(reviewTimeout);
        }
        if (reviewTimeoutOutcome != null) {
            settings.reviewTimeoutOutcome(reviewTimeoutOutcome);
        }
        if (ideStartDelay != null) {
            settings.ideStartDelay(ideStartDelay);
        }
        if (akLock != null) {
            settings.akLockDuration(akLock);
        }
        if (akLockAfter != null) {
            settings.maxSignatureFailures(akLockAfter);
        }
        return builder;
    }

    private static void requireAtLeastOne(String flag, Integer value) {
        if (value != null && value < 1) {
            throw new CliException(ExitCodes.USAGE, flag + " " + value + " is out of range; use 1 or more");
        }
    }

    /** Binds the port; a port in use or a bad scenario is one clear line. */
    private CodeArtsEmulator start(CodeArtsEmulator.Builder builder) {
        CodeArtsEmulator emulator;
        try {
            emulator = builder.build();
        } catch (RuntimeException badScenario) {
            throw new CliException(ExitCodes.USAGE, "the emulator cannot load its scenarios: "
                    + ErrorMessages.describe(badScenario));
        }
        try {
            return emulator.start();
        } catch (Exception bindFailed) {
            // Netty throws BindException without declaring it, so a checked exception can arrive here.
            Throwable cause = bindFailed;
            while (cause.getCause() != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.net.BindException) {
                throw new CliException(ExitCodes.ERROR, "port " + port + " on " + host + " is already in use; stop what"
                        + " listens there, or choose another with --port N (--port 0 picks a free one)");
            }
            throw new CliException(ExitCodes.ERROR, "the emulator cannot start on " + host + ":" + port + ": "
                    + ErrorMessages.describe(bindFailed));
        }
    }

    /** Seconds as a bare number (as the standalone emulator jar takes them), or a duration such as 30s or 5m; 0 allowed. */
    static final class SecondsOrDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.trim();
            if (text.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            return DurationConverter.parse(text);
        }
    }

    static void printWelcome(PrintStream out, String baseUrl, double speed, DemoAccount demo) {
        out.println("CodeArts emulator listening on " + baseUrl + " (Pipeline, IDE Online and IAM; speed x"
                + formatSpeed(speed) + ")");
        out.println();
        out.println("Demo account (emulator-only values):");
        out.println("  AK / SK             " + demo.accessKey() + " / " + demo.secretKey());
        out.println("  IAM user            " + demo.userName() + " / " + demo.password() + " (account " + demo.domainName() + ")");
        out.println("  region              " + demo.region());
        out.println("  CodeArts project id " + demo.projectId());
        out.println("  IAM project id      " + demo.iamProjectId());
        out.println("  account (org) id    " + demo.domainId());
        out.println("  demo pipeline       " + demo.demoPipelineId() + " (build, test, manual review, deploy)");
        out.println("  failing pipeline    " + demo.failingPipelineId());
        out.println("  IDE stack id        " + demo.demoStackId());
        out.println();
        out.println("Point codearts at it:");
        out.println("  export CODEARTS_ENDPOINT=" + baseUrl + " HUAWEICLOUD_SDK_AK=" + demo.accessKey()
                + " HUAWEICLOUD_SDK_SK=" + demo.secretKey() + " CODEARTS_REGION=" + demo.region()
                + " CODEARTS_PROJECT_ID=" + demo.projectId() + " CODEARTS_IAM_PROJECT_ID=" + demo.iamProjectId()
                + " CODEARTS_ORG_ID=" + demo.domainId());
        out.println("  codearts run --pipeline-id " + demo.demoPipelineId() + " --poll-speedup " + formatSpeed(speed));
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    static String formatSpeed(double speed) {
        return speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed);
    }
}
