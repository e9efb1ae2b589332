package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** IDE instance lifecycles against the embedded emulator over loopback. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IdeIntegrationTest {

    private static EmulatorFixture fixture;

    @BeforeAll
    static void startEmulator() {
        fixture = new EmulatorFixture(20);
    }

    @AfterAll
    static void stopEmulator() {
        fixture.close();
    }

    private static final class Recorder implements IdeListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<String> statuses = new CopyOnWriteArrayList<>();

        @Override
        public void onLine(String line) {
            lines.add(line);
        }

        @Override
        public void onStatus(String instanceId, String status) {
            statuses.add(status);
        }
    }

    private static CreateIdeInstanceRequest request(String name) {
        return CreateIdeInstanceRequest.builder(fixture.demo.domainId(), name, fixture.demo.demoStackId()).build();
    }

    private static IdeWaitOptions fast(Duration timeout) {
        return new IdeWaitOptions(true, timeout, Duration.ofMillis(50));
    }

    @Test
    void createsAnInstanceAndWaitsUntilItRuns() {
        Recorder recorder = new Recorder();
        IdeInstanceResult created = fixture.engine.createIdeInstance(request("engine-ide-ok"),
                fast(Duration.ofSeconds(30)), recorder).await();

        assertThat(created.reached()).isTrue();
        assertThat(created.status()).isIn("RUNNING", "READY");
        assertThat(created.instanceId()).isNotBlank();
        assertThat(created.link()).isNotBlank();
        assertThat(recorder.statuses).last().isIn("RUNNING", "READY");
        assertThat(recorder.lines).anyMatch(line -> line.startsWith("Created IDE instance " + created.instanceId()));

        IdeInstanceResult stopped = fixture.engine.stopIdeInstance(created.instanceId(),
                fast(Duration.ofSeconds(30)), recorder).await();
        assertThat(stopped.status()).isEqualTo("STOPPED");
        IdeInstanceResult started = fixture.engine.startIdeInstance(created.instanceId(),
                fast(Duration.ofSeconds(30)), recorder).await();
        assertThat(started.status()).isIn("RUNNING", "READY");
        fixture.engine.stopIdeInstance(created.instanceId(), fast(Duration.ofSeconds(30)), recorder).await();
        IdeInstanceResult deleted = fixture.engine.deleteIdeInstance(created.instanceId(),
                fast(Duration.ofSeconds(30)), recorder).await();
        assertThat(deleted.reached()).isTrue();
        assertThat(deleted.status()).isEqualTo("DELETED");
    }

    @Test
    void anInstanceThatDoesNotBecomeReadyInTimeFailsWithTheLastStatus() {
        Recorder recorder = new Recorder();
        IdeFollow follow = fixture.engine.createIdeInstance(request("engine-ide-slow"), fast(Duration.ofMillis(1)),
                recorder);
        assertThatThrownBy(follow::await).isInstanceOfSatisfying(IdeTimeoutException.class, timeout -> {
            assertThat(timeout.getMessage()).contains("did not become ready (RUNNING) within PT0.001S");
            assertThat(timeout.lastKnown().instanceId()).isNotBlank();
            assertThat(timeout.lastKnown().reached()).isFalse();
        });
    }

    @Test
    void withoutWaitingReturnsRightAfterTheCall() {
        IdeInstanceResult created = fixture.engine.createIdeInstance(request("engine-ide-nowait"),
                IdeWaitOptions.noWait(), IdeListener.none()).await();
        assertThat(created.reached()).isFalse();
        assertThat(created.instanceId()).isNotBlank();
    }
}
