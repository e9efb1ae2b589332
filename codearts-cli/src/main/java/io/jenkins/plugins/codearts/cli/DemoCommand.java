package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.progress.ProgressEvent;
import io.jenkins.plugins.codearts.cli.progress.ProgressMode;
import io.jenkins.plugins.codearts.cli.progress.ProgressRenderer;
import io.jenkins.plugins.codearts.cli.progress.TerminalTime;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeInstanceSpec;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.engine.StageResult;
import io.jenkins.plugins.codearts.engine.StartRunRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The guided demo: an in-process emulator, the demo pipeline with logs streaming, its manual review passed, an IDE
 * instance created and waited for, and a summary. Everything goes through the same engine and client as the real
 * commands; only the server is local.
 */
@Command(name = "demo", description = {"Run the guided demo against an in-process emulator (no account needed):"
    + " pipeline run with live logs, manual review passed, IDE instance created, summary. Takes under a minute."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "20",
            description = "How many times faster than real time the emulator runs (1..1000). Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, tty or plain. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Override
    public Integer call() {
        if (!(speed >= 1 && speed <= 1000)) {
            throw new CliException(ExitCodes.USAGE, "--speed " + speed + " is out of range; use 1..1000 (20 finishes in"
                    + " well under a minute)");
        }
        CliEnvironment environment = root.environment();
        PrintStream out = environment.out();
        long started = System.nanoTime();
        try (CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).speed(speed).build().start()) {
            DemoAccount demo = emulator.demo();
            out.println("== 1/4 Emulator started at " + emulator.baseUrl() + " (speed x" + EmulatorCommand.formatSpeed(speed)
                    + "), demo project " + demo.projectId());
            CodeArtsConfig config = CodeArtsConfig.builder()
                    .credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey()))
                    .region(demo.region())
                    .iamProjectId(demo.iamProjectId())
                    .domainId(demo.domainId())
                    .pipelineEndpoint(emulator.baseUrl())
                    .ideEndpoint(emulator.baseUrl())
                    .iamEndpoint(emulator.baseUrl())
                    .build();
            SecretMasker masker = SecretMasker.of(demo.secretKey(), demo.password());
            ScheduledExecutorService scheduler = FollowSession.newScheduler("codearts-demo");
            try (CodeArtsClient client = CodeArtsClient.create(config)) {
                CodeArtsEngine engine = new CodeArtsEngine(client, scheduler);
                out.println("== 2/4 Running pipeline " + demo.demoPipelineId() + " (logs stream below)");
                ProgressRenderer renderer = FollowSession.renderer(environment, progress, masker);
                AtomicReference<String> reviewOutcome = new AtomicReference<>("none was pending");
                FollowOptions options = FollowOptions.builder().region(demo.region())
                        .pollSpeedup(Math.min(1000, speed)).build();
                FollowListener reviewer = passReviews(engine, renderer, reviewOutcome);
                RunResult run = FollowSession.follow(environment, renderer, scheduler, reviewer, true,
                        listener -> engine.startRun(StartRunRequest.builder(demo.projectId(), demo.demoPipelineId())
                                .description("codearts demo").build(), options, listener));
                out.println("== 3/4 Creating an IDE Online instance and waiting until it is RUNNING");
                IdeInstanceResult ide = createIde(environment, engine, demo);
                out.println("== 4/4 Summary");
                printSummary(out, run, reviewOutcome.get(), ide, FollowSession.elapsedSince(started));
                if (!run.isSuccess()) {
                    return FollowSession.exitCode(run.outcome());
                }
                return ide.reached() ? ExitCodes.SUCCESS : ExitCodes.REMOTE_FAILURE;
            } finally {
                FollowSession.shutdown(scheduler);
            }
        }
    }

    /** Acts as the reviewer: when the review is pending, passes it (what `codearts approve` does). */
    private static FollowListener passReviews(CodeArtsEngine engine, ProgressRenderer renderer,
            AtomicReference<String> outcome) {
        return new FollowListener() {
            @Override
            public void onEvent(FollowEvent event) {
                if (event.type() != FollowEvent.Type.REVIEW_PENDING) {
                    return;
                }
                renderer.accept(new ProgressEvent.Notice("demo: passing the manual review \"" + event.stepName()
                        + "\" as its approver would with `codearts approve`"));
                // Listener calls must not block: decide on the engine's scheduler and report when done.
                engine.decideReviewAsync(event.run(), ReviewDecision.PASS, event.jobId(), event.stepId(), Duration.ZERO)
                        .whenComplete((decided, error) -> {
                            String text = error == null ? decided.message() : "could not pass the review: " + error;
                            outcome.set(error == null ? "passed (" + event.stepName() + ")" : text);
                            renderer.accept(new ProgressEvent.Notice("demo: " + text));
                        });
            }
        };
    }

    private IdeInstanceResult createIde(CliEnvironment environment, CodeArtsEngine engine, DemoAccount demo) {
        IdeInstanceSpec request = IdeInstanceSpec.builder(demo.domainId(), "codearts-demo-ide",
                demo.demoStackId()).description("created by codearts demo").build();
        Duration poll = Duration.ofMillis(Math.max(50, (long) (3000 / speed)));
        IdeFollow follow = engine.createIdeInstance(request,
                IdeWaitOptions.defaults().withTimeout(Duration.ofMinutes(2)).withPollInterval(poll),
                new IdeListener() {
                    @Override
                    public void onLine(String line) {
                        environment.out().println("  " + line);
                    }
                });
        try (AbortController.Registration ignored = environment.abortController().register(maxWait -> follow.cancel())) {
            return follow.await();
        }
    }

    static void printSummary(PrintStream out, RunResult run, String review, IdeInstanceResult ide, Duration total) {
        String stages = run.stages().stream().map(stage -> stage.name() + " " + stage.status() + stageTime(stage))
                .collect(Collectors.joining(", "));
        out.println("  pipeline run   " + (run.runNumber() > 0 ? "#" + run.runNumber() + " " : "") + run.status()
                + " (" + run.outcome() + ")" + (run.url() == null ? "" : "  " + run.url()));
        out.println("  stages         " + (stages.isEmpty() ? "-" : stages));
        out.println("  manual review  " + review);
        out.println("  IDE instance   " + ide.instanceId() + " " + ide.status() + (ide.link() == null ? "" : "  " + ide.link()));
        out.println("  demo took      " + TerminalTime.format(total) + " of wall-clock time");
    }

    private static String stageTime(StageResult stage) {
        if (stage.startTime() <= 0 || stage.endTime() <= 0 || stage.endTime() < stage.startTime()) {
            return "";
        }
        return " in " + TerminalTime.format(Duration.ofMillis(stage.endTime() - stage.startTime())) + " (emulated)";
    }
}
