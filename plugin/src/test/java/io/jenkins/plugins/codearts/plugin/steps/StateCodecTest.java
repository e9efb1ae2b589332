package io.jenkins.plugins.codearts.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.FollowListener;
import io.jenkins.plugins.codearts.engine.FollowOptions;
import io.jenkins.plugins.codearts.engine.FollowState;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.RunFollow;
import io.jenkins.plugins.codearts.engine.RunResult;
import io.jenkins.plugins.codearts.engine.StartRunRequest;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bytes a Pipeline step keeps for its follow state, without Jenkins: a real state taken mid-run from the engine
 * (against the emulator) survives encode/decode and lets the engine resume without repeating a line; anything but
 * engine state is refused when decoding.
 */
class StateCodecTest {

    private static EmulatorFixture fixture;
    private static ScheduledExecutorService scheduler;

    @BeforeAll
    static void start() {
        fixture = new EmulatorFixture();
        scheduler = Executors.newScheduledThreadPool(4);
    }

    @AfterAll
    static void stop() {
        scheduler.shutdownNow();
        fixture.close();
    }

    private record Snapshot(byte[] bytes, int lines) {
    }

    private static FollowOptions fastOptions() {
        return FollowOptions.builder().minPoll(Duration.ofMillis(50)).fastPoll(Duration.ofMillis(100))
                .idlePoll(Duration.ofMillis(400)).queuedPoll(Duration.ofMillis(400))
                .detailRefresh(Duration.ofMillis(400)).reviewPoll(Duration.ofMillis(400)).stopOnCancel(false).build();
    }

    @Test
    void stateTakenMidRunResumesWithoutRepeatingLines() throws Exception {
        List<String> console = Collections.synchronizedList(new ArrayList<>());
        // The engine reports a state after the lines it accounts for, and never concurrently for one follow, so the
        // console size at that moment is exactly what a restart from these bytes must not print again.
        AtomicReference<Snapshot> saved = new AtomicReference<>();
        CountDownLatch inMavenStep = new CountDownLatch(1);
        Snapshot snapshot;
        try (CodeArtsClient client = fixture.client()) {
            RunFollow follow = new CodeArtsEngine(client, scheduler).startRun(
                    StartRunRequest.builder(fixture.demo.projectId(), fixture.demo.demoPipelineId()).build(),
                    fastOptions(), new FollowListener() {
                        @Override
                        public void onLine(String line) {
                            console.add(line);
                            if (line.contains("[INFO] Scanning for projects...")) {
                                inMavenStep.countDown();
                            }
                        }

                        @Override
                        public void onStateChanged(FollowState state) {
                            saved.set(new Snapshot(StateCodec.encode(state), console.size()));
                        }
                    });
            assertThat(inMavenStep.await(2, TimeUnit.MINUTES)).isTrue();
            // What a controller shutdown leaves behind: the last saved bytes and the lines they account for.
            snapshot = saved.get();
            follow.cancel("simulated controller shutdown").get(1, TimeUnit.MINUTES);
        }
        List<String> beforeRestart = new ArrayList<>(console.subList(0, snapshot.lines()));
        FollowState state = StateCodec.decode(snapshot.bytes());
        assertThat(state.run()).isNotNull();
        assertThat(state.phase()).isNotEqualTo(FollowState.Phase.DONE);

        List<String> afterRestart = Collections.synchronizedList(new ArrayList<>());
        RunResult result;
        try (CodeArtsClient client = fixture.client()) {
            CodeArtsEngine engine = new CodeArtsEngine(client, scheduler);
            RunFollow resumed = engine.resume(state, fastOptions(), new FollowListener() {
                @Override
                public void onLine(String line) {
                    afterRestart.add(line);
                }
            });
            engine.decideReview(state.run(), ReviewDecision.PASS, null, null, Duration.ofMinutes(2));
            result = resumed.await(Duration.ofMinutes(3));
        }
        assertThat(result.status()).isEqualTo("COMPLETED");
        List<String> all = new ArrayList<>(beforeRestart);
        all.addAll(afterRestart);
        for (String text : List.of("[INFO] Scanning for projects...",
                "[INFO] Compiling 48 source files with javac [debug release 17] to target/classes",
                "[INFO] Tests run: 72, Failures: 0, Errors: 0, Skipped: 1")) {
            assertThat(all.stream().filter(line -> line.contains(text)).count()).as(text).isEqualTo(1);
        }
    }

    @Test
    void refusesBytesThatAreNotEngineState() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(URI.create("https://example.com/").toURL());
        }
        assertThatThrownBy(() -> StateCodec.decode(bytes.toByteArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be read");
        assertThat(StateCodec.decode(null)).isNull();
    }
}
