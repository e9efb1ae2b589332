package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceCreated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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

    private static IdeInstanceSpec request(String name) {
        return IdeInstanceSpec.builder(fixture.demo.domainId(), name, fixture.demo.demoStackId()).build();
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
        assertThat(stopped.link()).isEqualTo(created.link());
        IdeInstanceResult started = fixture.engine.startIdeInstance(created.instanceId(),
                fast(Duration.ofSeconds(30)), recorder).await();
        assertThat(started.status()).isIn("RUNNING", "READY");
        assertThat(started.link()).isEqualTo(created.link());
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
            assertThat(timeout.getMessage()).contains("did not become ready (RUNNING) within 1 ms");
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

    /** Creates an instance straight through the client, so only the engine's wait is under test. */
    private static String createdThroughTheClient(String name) {
        IdeInstanceCreated created = fixture.client.ide().instances().createIdeInstance(fixture.demo.domainId(),
                io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest.of(name,
                        fixture.demo.demoStackId(), "2U4G", "5GB", "30"));
        return created.id();
    }

    @Test
    void awaitsAnExistingInstanceUntilItRunsWithoutCreatingAnother() {
        String instanceId = createdThroughTheClient("engine-ide-await");
        Recorder recorder = new Recorder();

        IdeInstanceResult ready = fixture.engine.awaitIdeInstance(instanceId, fast(Duration.ofMinutes(10)), recorder,
                Instant.now().plusSeconds(30)).await();

        assertThat(ready.reached()).isTrue();
        assertThat(ready.instanceId()).isEqualTo(instanceId);
        assertThat(ready.status()).isIn("RUNNING", "READY");
        assertThat(recorder.statuses).isNotEmpty().last().isIn("RUNNING", "READY");
        assertThat(recorder.lines).noneMatch(line -> line.startsWith("Created IDE instance"));
        assertThat(recorder.lines).anyMatch(line -> line.startsWith("Waiting until ")
                && line.contains("for IDE instance " + instanceId + " to become ready (RUNNING)"));
    }

    @Test
    void awaitingPastTheGivenDeadlineChecksOnceThenTimesOutWithTheLastStatus() {
        String instanceId = createdThroughTheClient("engine-ide-await-late");
        Instant deadline = Instant.now().minusSeconds(1);
        Recorder recorder = new Recorder();

        // The options' ten minutes must not replace the original deadline, which has already passed.
        IdeFollow follow = fixture.engine.awaitIdeInstance(instanceId, fast(Duration.ofMinutes(10)), recorder,
                deadline);

        assertThatThrownBy(follow::await).isInstanceOfSatisfying(IdeTimeoutException.class, timeout -> {
            assertThat(timeout.getMessage()).isEqualTo("IDE instance " + instanceId
                    + " did not become ready (RUNNING) by " + utc(deadline) + "; last status "
                    + timeout.lastKnown().status());
            assertThat(timeout.lastKnown().instanceId()).isEqualTo(instanceId);
            assertThat(timeout.lastKnown().reached()).isFalse();
            assertThat(timeout.lastKnown().status()).isNotBlank().isNotIn("RUNNING", "READY");
        });
        // Exactly one status check happened, and its answer is the status the timeout reports.
        IdeTimeoutException timeout = (IdeTimeoutException) follow.result().handle((ok, error) -> error).join();
        assertThat(recorder.statuses).containsExactly(timeout.lastKnown().status());
    }

    @Test
    void awaitingADeletedInstanceFailsInsteadOfWaitingOutTheTimeout() {
        String instanceId = createdThroughTheClient("engine-ide-await-deleted");
        // CodeArts deletes only a running or stopped instance.
        fixture.engine.awaitIdeInstance(instanceId, fast(Duration.ofSeconds(30)), IdeListener.none(), null).await();
        fixture.engine.stopIdeInstance(instanceId, fast(Duration.ofSeconds(30)), IdeListener.none()).await();
        fixture.engine.deleteIdeInstance(instanceId, fast(Duration.ofSeconds(30)), IdeListener.none()).await();

        IdeFollow follow = fixture.engine.awaitIdeInstance(instanceId, fast(Duration.ofMinutes(10)),
                IdeListener.none(), null);

        assertThatThrownBy(follow::await).satisfiesAnyOf(
                error -> assertThat(error).isInstanceOf(FollowException.class).isNotInstanceOf(
                        IdeTimeoutException.class).hasMessageContaining("is DELETED and will not become ready"),
                error -> assertThat(error).isInstanceOf(
                        io.jenkins.plugins.codearts.client.CodeArtsNotFoundException.class));
    }

    @Test
    void awaitsStoppedAndDeletedWithoutSendingTheActionAgain() {
        String instanceId = createdThroughTheClient("engine-ide-await-stop-delete");
        fixture.engine.awaitIdeInstance(instanceId, fast(Duration.ofSeconds(30)), IdeListener.none(), null).await();
        // The action was sent before a (simulated) restart; only the wait continues.
        fixture.client.ide().instances().stopIdeInstance(instanceId);
        Recorder stopping = new Recorder();
        IdeInstanceResult stopped = fixture.engine.awaitIdeInstanceStopped(instanceId, fast(Duration.ofMinutes(10)),
                stopping, Instant.now().plusSeconds(30)).await();
        assertThat(stopped.reached()).isTrue();
        assertThat(stopped.status()).isEqualTo("STOPPED");
        assertThat(stopping.lines).anyMatch(line -> line.startsWith("Waiting until ")
                && line.contains("for IDE instance " + instanceId + " to stop"));

        fixture.client.ide().instances().deleteIdeInstance(instanceId);
        Recorder deleting = new Recorder();
        IdeInstanceResult deleted = fixture.engine.awaitIdeInstanceDeleted(instanceId, fast(Duration.ofMinutes(10)),
                deleting, Instant.now().plusSeconds(30)).await();
        assertThat(deleted.reached()).isTrue();
        assertThat(deleted.status()).isEqualTo("DELETED");
    }

    @Test
    void awaitingAStopPastTheDeadlineTimesOutWithTheLastStatus() {
        String instanceId = createdThroughTheClient("engine-ide-await-stop-late");
        Instant deadline = Instant.now().minusSeconds(1);
        IdeFollow follow = fixture.engine.awaitIdeInstanceStopped(instanceId, fast(Duration.ofMinutes(10)),
                IdeListener.none(), deadline);
        assertThatThrownBy(follow::await).isInstanceOf(IdeTimeoutException.class)
                .hasMessageContaining("did not stop by " + utc(deadline));
    }

    @Test
    void cancellingBeforeTheCreateIsSentCreatesNothing() throws Exception {
        ScheduledExecutorService busy = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            busy.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // The create is queued behind the blocked task, then cancelled before it could run.
            IdeFollow follow = new CodeArtsEngine(fixture.client, busy).createIdeInstance(
                    request("engine-ide-cancelled"), fast(Duration.ofSeconds(30)), IdeListener.none());
            follow.cancel();
            release.countDown();
            busy.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } finally {
            busy.shutdownNow();
        }
        assertThat(fixture.client.ide().instances().checkIdeInstanceNameDuplicate("engine-ide-cancelled")).isFalse();
        createdThroughTheClient("engine-ide-not-cancelled");
        assertThat(fixture.client.ide().instances().checkIdeInstanceNameDuplicate("engine-ide-not-cancelled"))
                .isTrue();
    }

    @Test
    void awaitNamesTheMissingInstanceId() {
        assertThatThrownBy(() -> fixture.engine.awaitIdeInstance(" ", IdeWaitOptions.defaults(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instanceId");
    }

    /** How the engine writes a deadline in a message. */
    private static String utc(java.time.Instant deadline) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC)
                .format(deadline);
    }
}
