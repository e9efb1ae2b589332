package io.jenkins.plugins.codearts.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.engine.PipelineWalker.StepSlot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/** The embedded emulator on loopback, a client signed with the demo AK/SK, and an engine on a small scheduler. */
final class EmulatorFixture implements AutoCloseable {

    final CodeArtsEmulator emulator;
    final DemoAccount demo;
    final CodeArtsClient client;
    final ScheduledExecutorService scheduler;
    final CodeArtsEngine engine;
    final double speed;

    /** Sees the path of every HTTP request the client sends (retries included); for request-rate benchmarks. */
    volatile Consumer<String> requestObserver = path -> { };

    EmulatorFixture(double speed) {
        this(CodeArtsEmulator.builder().port(0).speed(speed).build().start(), speed);
    }

    EmulatorFixture(CodeArtsEmulator emulator, double speed) {
        this.emulator = emulator;
        this.speed = speed;
        this.demo = emulator.demo();
        this.client = CodeArtsClient.create(CodeArtsConfig.builder()
                .region(demo.region())
                .credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey()))
                .iamProjectId(demo.iamProjectId())
                .pipelineEndpoint(emulator.baseUrl())
                .ideEndpoint(emulator.baseUrl())
                .iamEndpoint(emulator.baseUrl())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .httpConnector(OkHttpConnector.of(new OkHttpClient.Builder().addInterceptor(chain -> {
                    requestObserver.accept(chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                }).build()))
                .maxResponseBytes(64L * 1024 * 1024)
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(200))
                        .build())
                .build());
        emulator.settings().maxConcurrentRunsPerPipeline(5000).maxConcurrentRunsPerTenant(5000);
        this.scheduler = Executors.newScheduledThreadPool(2);
        this.engine = new CodeArtsEngine(client, scheduler);
    }

    /** Follow options scaled to the emulator's speed, so a test sees as many polls per run as production would. */
    FollowOptions options() {
        return FollowOptions.builder().pollSpeedup(speed).warningInterval(Duration.ZERO).prefixLines(true).build();
    }

    RunRef run(String pipelineId, String runId) {
        return RunRef.of(demo.projectId(), pipelineId, runId);
    }

    /**
     * Adds a pipeline from an emulator definition ({@code stages} with the emulator's step fields: duration, outcome,
     * logs) through the emulator's scenario loader; returns its id.
     */
    String createPipeline(String name, String stagesJson) {
        try {
            Path file = Files.createTempFile("engine-scenario-", ".json");
            try {
                Files.writeString(file, "{\"pipelines\":[{\"name\":" + JsonNodeFactory.instance.textNode(name)
                        + ",\"stages\":" + stagesJson + "}]}");
                return emulator.loadScenario(file).get(0);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every started step's whole log, read in one go after the run, keyed by the step's path. The pages are read with
     * the client's typed showStepLogs directly, not through the engine's {@link ClientRunApi}, so a mistake there
     * cannot hide itself in the comparison.
     */
    Map<String, String> fullLogs(RunRef run) {
        emulator.faults().clear();
        RunView view = new ClientRunApi(client).showRun(run);
        Map<String, String> logs = new LinkedHashMap<>();
        for (StepSlot slot : PipelineWalker.steps(view)) {
            if (!slot.step().hasStarted()) {
                continue;
            }
            String jobId = slot.job() != null ? slot.job().id() : slot.stage().id();
            StringBuilder text = new StringBuilder();
            long offset = 0;
            while (true) {
                StepLogPage page = client.pipeline().pipelines().showStepLogs(run.projectId(), run.pipelineId(),
                        run.runId(), jobId, slot.step().id(), StepLogRequest.forward(offset, 10_000));
                text.append(page.log() == null ? "" : page.log());
                Long next = page.nextStartOffset();
                if (!page.moreAvailable() || next == null || next == offset) {
                    break;
                }
                offset = next;
            }
            logs.put(slot.path(), text.toString());
        }
        return logs;
    }

    /**
     * A pipeline with one stage of {@code jobs} parallel jobs; each job's single step prints {@code blocksPerStep}
     * times the run variable {@code BLOCK} (see {@link #block}): a log of any size from a small definition.
     */
    String createBigLogPipeline(String name, int jobs, int blocksPerStep) {
        StringBuilder logs = new StringBuilder("[");
        for (int i = 0; i < blocksPerStep; i++) {
            logs.append(i == 0 ? "" : ",").append("\"${BLOCK}\"");
        }
        logs.append(']');
        StringBuilder jobList = new StringBuilder("[");
        for (int j = 0; j < jobs; j++) {
            jobList.append(j == 0 ? "" : ",").append("{\"name\":\"job").append(j).append("\",\"steps\":[{\"name\":")
                    .append("\"print\",\"duration\":\"100ms\",\"logs\":").append(logs).append("}]}");
        }
        jobList.append(']');
        return createPipeline(name, "[{\"name\":\"Big\",\"jobs\":" + jobList + "}]");
    }

    static String block(int linesPerBlock, int lineLength) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < linesPerBlock; i++) {
            if (i > 0) {
                block.append('\n');
            }
            String head = "line " + i + " ";
            block.append(head).append("x".repeat(Math.max(0, lineLength - 1 - head.length())));
        }
        return block.toString();
    }

    /**
     * Compares each step's printed lines (recognised by their {@code [stage › job › step] } prefix) with its whole
     * log read afterwards: no line lost, none repeated, none changed.
     */
    void assertLogsByteExact(RunRef run, java.util.List<String> console) {
        Map<String, String> expected = fullLogs(run);
        org.assertj.core.api.Assertions.assertThat(expected).isNotEmpty();
        LogLineAssembler assembler = new LogLineAssembler(FollowOptions.defaults().maxLineChars());
        for (Map.Entry<String, String> step : expected.entrySet()) {
            String prefix = "[" + step.getKey() + "] ";
            java.util.List<String> printed = console.stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length())).toList();
            java.util.List<String> wanted = new java.util.ArrayList<>(assembler.accept("", step.getValue()).lines());
            wanted.addAll(assembler.flush(assembler.accept("", step.getValue()).pending()));
            org.assertj.core.api.Assertions.assertThat(printed).as("log of step %s", step.getKey())
                    .isEqualTo(wanted);
        }
    }

    /** A client like {@link #client} for another endpoint (a closed port, a server that is not CodeArts). */
    CodeArtsClient clientFor(String endpoint) {
        return CodeArtsClient.create(CodeArtsConfig.builder()
                .region(demo.region())
                .credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey()))
                .iamProjectId(demo.iamProjectId())
                .pipelineEndpoint(endpoint)
                .ideEndpoint(endpoint)
                .iamEndpoint(endpoint)
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(100))
                        .build())
                .build());
    }

    String runStatus(RunRef run) {
        return new ClientRunApi(client).showRun(run).status();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        client.close();
        emulator.close();
    }
}
