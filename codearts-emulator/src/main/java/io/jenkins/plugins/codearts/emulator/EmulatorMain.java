package io.jenkins.plugins.codearts.emulator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point: {@code java -jar codearts-emulator.jar [options]}. Prints the endpoints, the demo
 * credentials (demo values) and the demo ids, then serves until interrupted.
 */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CodeArtsEmulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("codearts-emulator: " + e.getMessage());
            System.err.println();
            usage(System.err);
            System.exit(2);
            return;
        }
        if (builder == null) {
            usage(System.out);
            return;
        }
        CodeArtsEmulator emulator;
        try {
            emulator = builder.build().start();
        } catch (RuntimeException e) {
            System.err.println("codearts-emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        printBanner(emulator, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "codearts-emulator-shutdown"));
        stopped.await();
    }

    static CodeArtsEmulator.Builder parse(String[] args) {
        CodeArtsEmulator.Builder builder = CodeArtsEmulator.builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--port" -> builder.port(intValue(arg, value(args, ++i, arg)));
                case "--host" -> builder.host(value(args, ++i, arg));
                case "--speed" -> builder.speed(doubleValue(arg, value(args, ++i, arg)));
                case "--manual-clock" -> builder.manualClock();
                case "--no-demo" -> builder.demoScenario(false);
                case "--no-auth" -> builder.authentication(false);
                case "--scenario" -> {
                    Path file = Path.of(value(args, ++i, arg));
                    if (!Files.isReadable(file)) {
                        throw new IllegalArgumentException("--scenario " + file + ": file not found or not readable");
                    }
                    builder.scenarioFile(file);
                }
                case "--scenario-resource" -> builder.scenarioResource(value(args, ++i, arg));
                case "--max-runs-per-pipeline" -> builder.settings().maxConcurrentRunsPerPipeline(intValue(arg, value(args, ++i, arg)));
                case "--max-runs-per-tenant" -> builder.settings().maxConcurrentRunsPerTenant(intValue(arg, value(args, ++i, arg)));
                case "--concurrency-mode" -> builder.settings().concurrencyMode(
                        EmulatorSettings.ConcurrencyMode.valueOf(upper(arg, value(args, ++i, arg), "QUEUE", "REJECT")));
                case "--review-timeout" -> builder.settings().reviewTimeout(Duration.ofSeconds(intValue(arg, value(args, ++i, arg))));
                case "--review-timeout-outcome" -> builder.settings().reviewTimeoutOutcome(
                        EmulatorSettings.ReviewTimeoutOutcome.valueOf(upper(arg, value(args, ++i, arg), "PASS", "REFUSE")));
                case "--ide-start-delay" -> builder.settings().ideStartDelay(Duration.ofSeconds(intValue(arg, value(args, ++i, arg))));
                case "--ak-lock" -> builder.settings().akLockDuration(Duration.ofSeconds(intValue(arg, value(args, ++i, arg))));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return builder;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int intValue(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, was '" + text + "'");
        }
    }

    private static double doubleValue(String option, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number such as 20, was '" + text + "'");
        }
    }

    private static String upper(String option, String text, String... allowed) {
        String value = text.toUpperCase(java.util.Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", was '" + text + "'");
    }

    static void usage(PrintStream out) {
        out.println("Usage: java -jar codearts-emulator.jar [options]");
        out.println("  --port N                    port to bind on 127.0.0.1 (default 8089, 0 = any free port)");
        out.println("  --host H                    address to bind (default 127.0.0.1)");
        out.println("  --speed F                   simulated time runs F times faster (default 1)");
        out.println("  --manual-clock              time moves only via POST /_emulator/clock/advance");
        out.println("  --scenario FILE             load pipelines from a YAML/JSON scenario file (repeatable)");
        out.println("  --scenario-resource PATH    load a scenario from the classpath");
        out.println("  --no-demo                   do not load the built-in demo pipelines");
        out.println("  --no-auth                   accept requests without credentials");
        out.println("  --max-runs-per-pipeline N   concurrent runs per pipeline (default 2)");
        out.println("  --max-runs-per-tenant N     concurrent runs per account (default 10)");
        out.println("  --concurrency-mode M        QUEUE (DEVPIPE.00011169/70) or REJECT (DEVPIPE.00011104/5)");
        out.println("  --review-timeout SECONDS    manual review timeout (default 3600)");
        out.println("  --review-timeout-outcome O  PASS or REFUSE (default REFUSE)");
        out.println("  --ide-start-delay SECONDS   STARTING -> RUNNING delay (default 20)");
        out.println("  --ak-lock SECONDS           AK lock after 5 bad signatures (default 300)");
    }

    static void printBanner(CodeArtsEmulator emulator, PrintStream out) {
        DemoAccount demo = emulator.demo();
        String base = emulator.baseUrl();
        out.println("CodeArts emulator listening on " + base + " (clock: " + emulator.clock() + ")");
        out.println();
        out.println("Endpoints (all on one port):");
        out.println("  Pipeline   " + base + "/v5/" + demo.projectId() + "/api/pipelines/...");
        out.println("  IDE Online " + base + "/v2/instances ...");
        out.println("  IAM        " + base + "/v3/auth/tokens");
        out.println("  Admin      " + base + "/_emulator/ (health, demo, routes, faults, settings, clock, scenarios)");
        out.println();
        out.println("Demo credentials (demo values):");
        out.println("  AK/SK            " + demo.accessKey() + " / " + demo.secretKey());
        out.println("  account/user/pw  " + demo.domainName() + " / " + demo.userName() + " / " + demo.password());
        out.println("  region           " + demo.region());
        out.println("  domain (org) id  " + demo.domainId());
        out.println("  IAM project id   " + demo.iamProjectId() + "   (X-Project-Id)");
        out.println();
        out.println("Demo data:");
        out.println("  CodeArts project id  " + demo.projectId());
        out.println("  pipeline (build, test, manual review, deploy)  " + demo.demoPipelineId());
        out.println("  pipeline that fails its tests                   " + demo.failingPipelineId());
        out.println("  pipeline template                               " + demo.demoTemplateId());
        out.println("  IDE stack id                                    " + demo.demoStackId());
        out.println();
        out.println("Try: curl -s " + base + "/_emulator/demo");
        out.flush();
    }
}
