package io.jenkins.plugins.codearts.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.engine.FollowEvent.Type;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Engine benchmarks against the embedded emulator on loopback. Not a test: run it with
 * {@code ./mvnw -o -q -pl codearts-engine test-compile exec:exec -Dbench=all} (see docs/engine.md), or pick one of
 * {@code latency}, {@code thousand}, {@code throughput}.
 */
public final class EngineBenchmark {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS");

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        if (which.equals("all") || which.equals("latency")) {
            latencyAndRequestRates();
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (which.equals("all") || which.equals("throughput")) {
            throughput(which.equals("throughput") && size != 0 ? size : 100);
        }
        if (which.equals("all") || which.equals("thousand")) {
            thousandRuns(which.equals("thousand") && size > 0 ? size : 1000);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- (1) latency and (2) request rates

    /**
     * Real time (speed 1), default follow options. One step prints a line every 200 ms for 90 s; then a manual review
     * waits 60 s before the benchmark passes it. Each line carries the emulator's emission time (wall clock at speed
     * 1), so latency = arrival at the listener − emission.
     */
    static void latencyAndRequestRates() throws Exception {
        try (EmulatorFixture fixture = new EmulatorFixture(1)) {
            RequestCounter counter = RequestCounter.install(fixture);
            ArrayNode stages = JsonNodeFactory.instance.arrayNode();
            ArrayNode logs = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < 450; i++) {
                logs.add("benchmark line " + i);
            }
            ObjectNode build = stages.addObject().put("name", "Build");
            build.putArray("jobs").addObject().put("name", "job").putArray("steps").addObject().put("name", "print")
                    .put("duration", "90s").set("logs", logs);
            stages.addObject().put("name", "Approve").putArray("jobs").addObject().put("name", "gate")
                    .putArray("steps").addObject().put("name", "review").put("task", PipelineStatuses.REVIEW_TASK)
                    .put("review_timeout", "1h");
            String pipeline = fixture.createPipeline("latency", stages.toString());

            List<Long> latencies = new CopyOnWriteArrayList<>();
            RecordingListener listener = new RecordingListener() {
                @Override
                public void onLine(String line) {
                    long now = System.currentTimeMillis();
                    super.onLine(line);
                    Long latency = latency(line, now);
                    if (latency != null) {
                        latencies.add(latency);
                    }
                }
            };
            FollowOptions defaults = FollowOptions.defaults();
            RunFollow follow = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                    .build(), defaults, listener);
            listener.when(Type.RUN_STARTED).get(30, TimeUnit.SECONDS);
            // The same run, followed at the same time the way the CodeBuild plugin follows a build.
            CodeBuildStyleFollower codeBuild = new CodeBuildStyleFollower(new ClientRunApi(fixture.client),
                    follow.state().run());
            codeBuild.start();
            long activeStart = System.nanoTime();
            long activeRequests = counter.total() - codeBuild.requests.get();
            long codeBuildActiveRequests = codeBuild.requests.get();
            FollowEvent review = listener.when(Type.REVIEW_PENDING).get(5, TimeUnit.MINUTES);
            long activeEnd = System.nanoTime();
            long codeBuildActiveEndRequests = codeBuild.requests.get();
            long activeEndRequests = counter.total() - codeBuildActiveEndRequests;
            // The waiting window starts 5 s later: the tick that saw the review also made the final log reads of the
            // step that ended as the review began, which belong to the active phase.
            Thread.sleep(5_000);
            long waitingStart = System.nanoTime();
            long codeBuildWaitingRequests = codeBuild.requests.get();
            long waitingRequests = counter.total() - codeBuildWaitingRequests;
            Thread.sleep(120_000);
            long waitingEnd = System.nanoTime();
            long codeBuildAfterWaiting = codeBuild.requests.get();
            long afterWaiting = counter.total() - codeBuildAfterWaiting;
            fixture.engine.decideReview(follow.state().run(), ReviewDecision.PASS, review.jobId(), review.stepId());
            RunResult result = follow.await();
            codeBuild.awaitEnd(Duration.ofMinutes(3));

            double activeMinutes = (activeEnd - activeStart) / 60e9;
            double waitingMinutes = (waitingEnd - waitingStart) / 60e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            List<Long> codeBuildSorted = new ArrayList<>(codeBuild.latencies);
            Collections.sort(codeBuildSorted);
            System.out.printf("(1) log latency emission->sink at default settings: %d lines, p50 %d ms, p95 %d ms, "
                    + "max %d ms%n", sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.get(sorted.size() - 1));
            System.out.printf("    CodeBuild-style follower (3 s, +1 s per call up to 60 s, logs from the last "
                    + "offset), same run: %d lines, p50 %d ms, p95 %d ms, max %d ms; engine/CodeBuild-style p50 "
                    + "%.2f, p95 %.2f%n", codeBuildSorted.size(), percentile(codeBuildSorted, 50),
                    percentile(codeBuildSorted, 95), codeBuildSorted.get(codeBuildSorted.size() - 1),
                    percentile(sorted, 50) / (double) percentile(codeBuildSorted, 50),
                    percentile(sorted, 95) / (double) percentile(codeBuildSorted, 95));
            double active = (activeEndRequests - activeRequests) / activeMinutes;
            double waiting = (afterWaiting - waitingRequests) / waitingMinutes;
            double codeBuildActive = (codeBuildActiveEndRequests - codeBuildActiveRequests) / activeMinutes;
            double codeBuildWaiting = (codeBuildAfterWaiting - codeBuildWaitingRequests) / waitingMinutes;
            System.out.printf("(2) API requests per run-minute: active %.1f (%d requests in %.2f min), waiting on a "
                    + "review %.1f (%d in %.2f min); outcome %s; by operation %s%n",
                    active, activeEndRequests - activeRequests, activeMinutes, waiting,
                    afterWaiting - waitingRequests, waitingMinutes, result.outcome(), counter.byOperation());
            System.out.printf("    CodeBuild-style follower: active %.1f, waiting on a review %.1f; "
                    + "engine/CodeBuild-style requests active %.2f, waiting %.2f%n", codeBuildActive,
                    codeBuildWaiting, active / codeBuildActive, waiting / codeBuildWaiting);
        }
    }

    /** Latency of a benchmark line: arrival − the emulator's timestamp at its start; null for other lines. */
    static Long latency(String line, long arrivalMillis) {
        int open = line.indexOf('[');
        if (!line.contains("benchmark line") || open < 0) {
            return null;
        }
        LocalDateTime emitted = LocalDateTime.parse(line.substring(open + 1, open + 24), LOG_TIME);
        return arrivalMillis - emitted.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * Follows a run the way the CodeBuild plugin follows a build, for comparison: one poll after 3 s, each next one a
     * second later than the one before, up to 60 s; every poll reads the run detail and the log of each started,
     * unfinished step from the offset the last read ended at (pages back to back while the service has more). On its
     * own thread, with its own request count (the engine's counter counts these too, and they are subtracted).
     */
    static final class CodeBuildStyleFollower {
        final List<Long> latencies = new CopyOnWriteArrayList<>();
        final AtomicLong requests = new AtomicLong();
        private final RunApi api;
        private final RunRef run;
        private final Map<String, String> offsets = new java.util.HashMap<>();
        private final Map<String, String> pending = new java.util.HashMap<>();
        private final java.util.Set<String> complete = new java.util.HashSet<>();
        private final LogLineAssembler assembler = new LogLineAssembler(4096);
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private final Thread thread = new Thread(this::follow, "codebuild-style-follower");

        CodeBuildStyleFollower(RunApi api, RunRef run) {
            this.api = api;
            this.run = run;
        }

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void awaitEnd(Duration max) throws Exception {
            ended.get(max.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void follow() {
            try {
                long intervalSeconds = 3;
                while (true) {
                    Thread.sleep(intervalSeconds * 1000);
                    intervalSeconds = Math.min(60, intervalSeconds + 1);
                    requests.incrementAndGet();
                    RunView detail = api.showRun(run);
                    boolean allRead = true;
                    for (PipelineWalker.StepSlot slot : PipelineWalker.steps(detail)) {
                        String stepId = slot.step().id();
                        if (!slot.step().hasStarted() || complete.contains(stepId)) {
                            continue;
                        }
                        String jobId = slot.job() != null ? slot.job().id() : slot.stage().id();
                        boolean more = true;
                        while (more) {
                            requests.incrementAndGet();
                            RunApi.LogPage page = api.showStepLogs(run, jobId, stepId, offsets.get(stepId), 1000);
                            long now = System.currentTimeMillis();
                            LogLineAssembler.Assembled lines = assembler.accept(pending.getOrDefault(stepId, ""),
                                    page.text());
                            for (String line : lines.lines()) {
                                Long latency = latency(line, now);
                                if (latency != null) {
                                    latencies.add(latency);
                                }
                            }
                            pending.put(stepId, lines.pending());
                            boolean progressed = page.endOffset() != null
                                    && !page.endOffset().equals(offsets.get(stepId));
                            if (page.endOffset() != null) {
                                offsets.put(stepId, page.endOffset());
                            }
                            more = page.hasMore() && progressed;
                        }
                        if (slot.step().isTerminal() || detail.isTerminal()) {
                            complete.add(stepId);
                        } else {
                            allRead = false;
                        }
                    }
                    if (detail.isTerminal() && allRead) {
                        ended.complete(null);
                        return;
                    }
                }
            } catch (Throwable error) {
                ended.completeExceptionally(error);
            }
        }
    }

    static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ---------------------------------------------------------------- (3) a thousand runs at once

    /**
     * {@code count} runs of a 60-second, three-step pipeline started and followed at once from one engine on a
     * two-thread scheduler ({@code -Dbench.threads}), default options. Reports peak live threads of this JVM (split into the emulator's and
     * ours), peak heap used, completion, and lines lost or duplicated (each run's console output compared with its
     * whole log read afterwards).
     */
    static void thousandRuns(int count) throws Exception {
        // One event-loop thread for the embedded emulator (the default is two): it serves loopback requests of one
        // client, and every thread it starts is counted below with ours.
        CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).speed(1).workerThreads(1).build().start();
        try (EmulatorFixture fixture = new EmulatorFixture(emulator, 1)) {
            ArrayNode stages = JsonNodeFactory.instance.arrayNode();
            ArrayNode steps = stages.addObject().put("name", "Build").putArray("jobs").addObject().put("name", "job")
                    .putArray("steps");
            for (int s = 0; s < 3; s++) {
                ArrayNode logs = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < 40; i++) {
                    logs.add("step " + s + " line " + i + " " + "payload ".repeat(8));
                }
                steps.addObject().put("name", "step" + s).put("duration", "20s").set("logs", logs);
            }
            String pipeline = fixture.createPipeline("thousand", stages.toString());

            int schedulerThreads = Integer.getInteger("bench.threads", 2);
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(schedulerThreads);
            CodeArtsEngine engine = new CodeArtsEngine(fixture.client, scheduler);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            threads.resetPeakThreadCount();
            AtomicLong peakHeap = new AtomicLong();
            Map<String, Integer> peakByGroup = new ConcurrentHashMap<>();
            // Sampled by the main thread while it waits for the follows, so the instrument adds no thread of its own.
            Runnable sample = () -> {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Map<String, Integer> groups = new TreeMap<>();
                for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                    if (info != null) {
                        groups.merge(group(info.getThreadName()), 1, Integer::sum);
                    }
                }
                groups.forEach((name, n) -> peakByGroup.merge(name, n, Math::max));
            };
            sample.run();

            long start = System.nanoTime();
            List<RunFollow> follows = new ArrayList<>();
            List<ConsoleCapture> consoles = new ArrayList<>();
            FollowOptions options = FollowOptions.builder().prefixLines(true).build();
            for (int i = 0; i < count; i++) {
                ConsoleCapture console = new ConsoleCapture();
                consoles.add(console);
                follows.add(engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                        .description("run " + i).build(), options, console));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(follows.stream().map(RunFollow::result)
                    .toArray(CompletableFuture[]::new)).exceptionally(error -> null);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            while (!all.isDone() && System.nanoTime() < deadline) {
                sample.run();
                try {
                    all.get(100, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    // sample again
                }
            }
            all.get(1, TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - start;
            sample.run();
            int peakThreads = threads.getPeakThreadCount();

            int succeeded = 0;
            long lost = 0;
            long duplicated = 0;
            for (int i = 0; i < count; i++) {
                RunFollow follow = follows.get(i);
                if (follow.result().isCompletedExceptionally()) {
                    continue;
                }
                RunResult result = follow.result().join();
                if (result.outcome() == Outcome.SUCCESS) {
                    succeeded++;
                }
                Map<String, String> logs = fixture.fullLogs(result.run());
                for (Map.Entry<String, String> step : logs.entrySet()) {
                    String prefix = "[" + step.getKey() + "] ";
                    List<String> printed = consoles.get(i).lines.stream().filter(line -> line.startsWith(prefix))
                            .map(line -> line.substring(prefix.length())).toList();
                    List<String> wanted = step.getValue().isEmpty() ? List.of()
                            : List.of(step.getValue().split("\n", -1)).subList(0,
                                    step.getValue().split("\n", -1).length - 1);
                    Map<String, Integer> balance = new java.util.HashMap<>();
                    wanted.forEach(line -> balance.merge(line, 1, Integer::sum));
                    printed.forEach(line -> balance.merge(line, -1, Integer::sum));
                    for (int n : balance.values()) {
                        if (n > 0) {
                            lost += n;
                        } else {
                            duplicated -= n;
                        }
                    }
                }
            }
            scheduler.shutdownNow();
            System.out.printf("(3) %d runs followed at once on a %d-thread scheduler: %d succeeded in %.1f s; lines "
                    + "lost %d, duplicated %d; peak live threads in this JVM %d (ThreadMXBean: every live Java thread,"
                    + " daemon or not, the in-JVM emulator's and the JVM's own included; JIT compiler and GC threads "
                    + "are not Java threads and are not counted; peak per group %s); peak heap used %.1f MB (max heap "
                    + "%.0f MB)%n", count, schedulerThreads, succeeded,
                    elapsed / 1e9, lost, duplicated, peakThreads, new TreeMap<>(peakByGroup),
                    peakHeap.get() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    /** Thread families: the emulator's server threads, OkHttp's (by name), our scheduler's, and the JVM's own. */
    static String group(String threadName) {
        if (threadName.startsWith("pool-") || threadName.startsWith("engine-")) {
            return "scheduler";
        }
        if (threadName.contains("OkHttp") || threadName.contains("Okio")) {
            return "okhttp:" + threadName.replaceAll("[0-9]+", "#");
        }
        if (threadName.contains("nioEventLoop") || threadName.contains("emulator") || threadName.contains("netty")
                || threadName.contains("epoll")) {
            return "emulator";
        }
        if (threadName.equals("main")) {
            return "main";
        }
        return "jvm:" + threadName.replaceAll("[0-9]+", "#");
    }

    static final class ConsoleCapture implements FollowListener {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onLine(String line) {
            lines.add(line);
        }
    }

    // ---------------------------------------------------------------- (4) throughput

    /**
     * A finished run whose log is {@code megabytes} MB of 100-byte lines (one stage of parallel jobs, each with one
     * step printing 1 MB) is followed with default options except no log cap ({@code -Dbench.pageLines} sets the base
     * page size). Reports MB/s from the first to the last log line at the listener, and MB per CPU
     * second of the whole JVM. Pass a negative size for a single step holding the whole log (the emulator serves a
     * page in time proportional to the page, so a long step costs no more per MB than many short ones).
     */
    static void throughput(int megabytes) throws Exception {
        try (EmulatorFixture fixture = new EmulatorFixture(1)) {
            streamOnce(fixture, megabytes < 0 ? -10 : 10, false); // warm-up: JIT, connections, token
            streamOnce(fixture, megabytes, true);
        }
    }

    private static void streamOnce(EmulatorFixture fixture, int megabytes, boolean report) throws Exception {
        AtomicLong requests = new AtomicLong();
        fixture.requestObserver = path -> requests.incrementAndGet();
        // 100-byte lines (99 characters + newline) in blocks of 100 lines (10 KB), 100 blocks (1 MB) per step.
        boolean singleStep = megabytes < 0;
        int size = Math.abs(megabytes);
        String pipeline = singleStep ? fixture.createBigLogPipeline("throughput", 1, size * 100)
                : fixture.createBigLogPipeline("throughput", size, 100);
        String block = EmulatorFixture.block(100, 100);
        int pageLines = Integer.getInteger("bench.pageLines", FollowOptions.defaults().logPageLines());
        AtomicLong bytes = new AtomicLong();
        AtomicLong count = new AtomicLong();
        AtomicLong firstLineAt = new AtomicLong();
        AtomicLong lastLineAt = new AtomicLong();
        FollowListener listener = new FollowListener() {
            @Override
            public void onLine(String line) {
                if (line.endsWith("xxxxx")) { // a log line, not a status line
                    long now = System.nanoTime();
                    firstLineAt.compareAndSet(0, now);
                    lastLineAt.set(now);
                    bytes.addAndGet(line.length() + 1); // ASCII lines: one byte per character
                    count.incrementAndGet();
                }
            }
        };
        // Run it to the end first, so the measurement is the streaming of a complete log, not the run's duration.
        RunResult finished = fixture.engine.startRun(StartRunRequest.builder(fixture.demo.projectId(), pipeline)
                .variable("BLOCK", block).build(), FollowOptions.builder().streamLogs(false).build(),
                FollowListener.none()).await();
        FollowOptions options = FollowOptions.builder().maxLogBytes(Long.MAX_VALUE).logPageLines(pageLines).build();
        long requestsBefore = requests.get();
        long cpuBefore = processCpuNanos();
        RunResult result = fixture.engine.followRun(finished.run(), options, listener).await();
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double seconds = (lastLineAt.get() - firstLineAt.get()) / 1e9;
        if (report) {
            // CPU seconds of the whole JVM (emulator, client, engine, GC) during the follow: on a shared machine
            // MB per CPU second varies far less than MB per wall-clock second.
            System.out.printf("(4) log throughput: %.1f MB in %d lines (%s), first to last line %.2f s = %.1f MB/s "
                    + "(outcome %s, pages of %d lines growing to %d while catching up, %d requests); JVM CPU time "
                    + "%.2f s = %.1f MB per CPU second%n",
                    bytes.get() / 1048576.0, count.get(), singleStep ? "one step" : size + " steps of 1 MB", seconds,
                    bytes.get() / 1048576.0 / seconds, result.outcome(), pageLines, options.maxLogPageLines(),
                    requests.get() - requestsBefore, cpuSeconds, bytes.get() / 1048576.0 / cpuSeconds);
        }
    }

    /** CPU time used by this JVM so far (all threads, GC included), or -1 when the JVM does not tell. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Counts HTTP requests the client sends, by operation path shape. */
    static final class RequestCounter {
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

        static RequestCounter install(EmulatorFixture fixture) {
            RequestCounter counter = new RequestCounter();
            fixture.requestObserver = path -> counter.counts.computeIfAbsent(operation(path),
                    key -> new AtomicLong()).incrementAndGet();
            return counter;
        }

        static String operation(String path) {
            if (path.endsWith("/logs")) {
                return "showStepLogs";
            }
            if (path.endsWith("/pipeline-runs/detail")) {
                return "showPipelineRunDetail";
            }
            if (path.endsWith("/run")) {
                return "runPipeline";
            }
            return path.replaceAll("/[0-9a-f]{16,}", "/{id}");
        }

        long total() {
            return counts.values().stream().mapToLong(AtomicLong::get).sum();
        }

        Map<String, Long> byOperation() {
            Map<String, Long> copy = new TreeMap<>();
            counts.forEach((key, value) -> copy.put(key, value.get()));
            return copy;
        }
    }
}
