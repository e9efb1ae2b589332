package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts the emulator and keeps it running until Ctrl-C. */
@Command(name = "emulator",
        description = {"Start the CodeArts emulator (Pipeline, IDE Online and IAM on one port) until Ctrl-C, and print"
            + " its URL, the demo credentials and the settings to use it.",
            "Example:", "  codearts emulator --port 8089 --speed 20"})
final class EmulatorCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8089",
            description = "TCP port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "How many times faster than real time runs and instances progress. Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario file (YAML or JSON, see docs/emulator.md) with pipelines to add to the demo data.")
    Path scenario;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment environment = root.environment();
        if (port < 0 || port > 65535) {
            throw new CliException(ExitCodes.USAGE, "--port " + port + " is not a TCP port; use 0..65535 (0 = any free port)");
        }
        if (!(speed > 0 && speed <= 1000)) {
            throw new CliException(ExitCodes.USAGE, "--speed " + speed + " is out of range; use a factor above 0 up to 1000");
        }
        if (scenario != null && !Files.isRegularFile(scenario)) {
            throw new CliException(ExitCodes.USAGE, "--scenario " + scenario + ": no such file; give a YAML or JSON scenario file");
        }
        CodeArtsEmulator.Builder builder = CodeArtsEmulator.builder().port(port).speed(speed);
        if (scenario != null) {
            builder.scenarioFile(scenario);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (CodeArtsEmulator emulator = builder.build().start();
                AbortController.Registration ignored = environment.abortController().register(maxWait -> stopped.countDown())) {
            printWelcome(environment.out(), emulator.baseUrl(), speed, emulator.demo());
            stopped.await();
            environment.out().println("emulator stopped");
        }
        return ExitCodes.SUCCESS;
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
