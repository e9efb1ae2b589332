package io.jenkins.plugins.codearts.emulator.bench;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Throughput of showPipelineRunDetail on loopback: a demo run in progress, N keep-alive connections sending
 * token-authenticated GETs back to back, counted over several measurement rounds after a warm-up; prints the median.
 * The client is a bare socket loop so it costs little CPU next to the server on a small machine.
 *
 * <pre>
 * ./mvnw -o -q -f codearts-emulator/pom.xml test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp codearts-emulator/target/test-classes:codearts-emulator/target/classes:$(cat codearts-emulator/target/bench.classpath) \
 *     io.jenkins.plugins.codearts.emulator.bench.DetailThroughputBench [connections=4] [rounds=5] [roundSeconds=3]
 * </pre>
 */
public final class DetailThroughputBench {

    private DetailThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int roundSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).speed(1).build().start()) {
            String token = EmulatorHttp.login(emulator);
            EmulatorHttp http = new EmulatorHttp(emulator).token(token);
            String pipeline = emulator.demo().demoPipelineId();
            String base = "/v5/" + emulator.demo().projectId() + "/api/pipelines/" + pipeline;
            String runId = http.post(base + "/run", "{}").json().get("pipeline_run_id").asText();
            byte[] request = ("GET " + base + "/pipeline-runs/detail?pipeline_run_id=" + runId + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + emulator.port() + "\r\nX-Auth-Token: " + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            int bodyBytes = http.get(base + "/pipeline-runs/detail?pipeline_run_id=" + runId).body().length();

            LongAdder completed = new LongAdder();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Thread thread = new Thread(() -> hammer(emulator.port(), request, completed, running), "bench-client-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            Thread.sleep(5000);   // warm-up: JIT, connection set-up
            double[] perSecond = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long before = completed.sum();
                long started = System.nanoTime();
                Thread.sleep(roundSeconds * 1000L);
                perSecond[round] = (completed.sum() - before) / ((System.nanoTime() - started) / 1e9);
                System.out.printf(Locale.ROOT, "round %d: %.0f detail requests/s%n", round + 1, perSecond[round]);
            }
            running.set(false);
            Arrays.sort(perSecond);
            System.out.printf(Locale.ROOT, "median: %.0f showPipelineRunDetail requests/s (%d keep-alive connections, %d-byte "
                    + "JSON bodies, %d cores, %s)%n", perSecond[rounds / 2], connections, bodyBytes,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (Thread thread : threads) {
                thread.join(2000);
            }
        }
    }

    private static void hammer(int port, byte[] request, LongAdder completed, AtomicBoolean running) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            byte[] body = new byte[256 * 1024];
            while (running.get()) {
                out.write(request);
                out.flush();
                int length = readHeaders(in);
                int read = 0;
                while (read < length) {
                    int n = in.read(body, 0, Math.min(body.length, length - read));
                    if (n < 0) {
                        throw new IOException("connection closed mid-body");
                    }
                    read += n;
                }
                completed.increment();
            }
        } catch (IOException e) {
            if (running.get()) {
                System.err.println("client failed: " + e);
            }
        }
    }

    /** Reads the status line and headers; returns Content-Length and checks for 200. */
    private static int readHeaders(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int contentLength = -1;
        boolean first = true;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed in headers");
            }
            if (c == '\n') {
                String text = line.toString().trim();
                line.setLength(0);
                if (first) {
                    if (!text.startsWith("HTTP/1.1 200")) {
                        throw new IOException("unexpected status: " + text);
                    }
                    first = false;
                } else if (text.isEmpty()) {
                    return contentLength;
                } else if (text.regionMatches(true, 0, "content-length:", 0, 15)) {
                    contentLength = Integer.parseInt(text.substring(15).trim());
                }
            } else {
                line.append((char) c);
            }
        }
    }
}
