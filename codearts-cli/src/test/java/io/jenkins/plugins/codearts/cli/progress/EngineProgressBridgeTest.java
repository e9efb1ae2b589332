package io.jenkins.plugins.codearts.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.cli.SecretMasker;
import io.jenkins.plugins.codearts.engine.FollowEvent;
import io.jenkins.plugins.codearts.engine.RunRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineProgressBridgeTest {

    private static final RunRef RUN = RunRef.of("project", "pipeline", "run-uuid");

    private final MutableClock clock = new MutableClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static FollowEvent event(FollowEvent.Type type, String stage, String status, String message) {
        return new FollowEvent(type, RUN, "http://x/run", null, stage, "job-1", "Job", "step-1", "Step", status, message);
    }

    /** The engine sends each event's message to onLine first, then the event: replay that order. */
    private static void emit(EngineProgressBridge bridge, FollowEvent event) {
        bridge.onLine(event.message());
        bridge.onEvent(event);
    }

    @Test
    void engineLinesScrollAndEventsDriveTheStatusBlock() {
        EngineProgressBridge bridge = new EngineProgressBridge(new LiveRenderer(out, SecretMasker.none(), clock, 80),
                null);
        emit(bridge, event(FollowEvent.Type.RUN_STARTED, null, "RUNNING", "Started CodeArts run #7: http://x/run"));
        emit(bridge, event(FollowEvent.Type.STAGE_STATUS, "Build", "RUNNING", "Stage \"Build\": RUNNING"));
        bridge.onLine("[INFO] BUILD SUCCESS");
        clock.advanceSeconds(12);
        emit(bridge, event(FollowEvent.Type.STAGE_STATUS, "Build", "COMPLETED", "Stage \"Build\": COMPLETED in 12s"));
        emit(bridge, event(FollowEvent.Type.REVIEW_PENDING, "Deploy", "RUNNING", "Manual review pending"));
        emit(bridge, event(FollowEvent.Type.RUN_STATUS, null, "RUNNING", "Run #7: RUNNING"));

        assertThat(new VirtualTerminal().feed(bytes.toString(StandardCharsets.UTF_8)).screen()).containsExactly(
                "Started CodeArts run #7: http://x/run",
                "Stage \"Build\": RUNNING",
                "[INFO] BUILD SUCCESS",
                "Stage \"Build\": COMPLETED in 12s",
                "Manual review pending",
                "Run #7: RUNNING",
                "CodeArts run #7  RUNNING  00:12",
                "  ✓ Build                          COMPLETED");
    }

    @Test
    void plainRendererShowsExactlyTheEngineLines() {
        EngineProgressBridge bridge = new EngineProgressBridge(
                new PlainRenderer(out, SecretMasker.of("secret-in-log"), clock, false), null);
        emit(bridge, event(FollowEvent.Type.RUN_STARTED, null, "RUNNING", "Started CodeArts run #7: http://x/run"));
        emit(bridge, event(FollowEvent.Type.STAGE_STATUS, "Build", "RUNNING", "Stage \"Build\": RUNNING"));
        bridge.onLine("password=secret-in-log \u001B[31mred\u001B[0m");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "Started CodeArts run #7: http://x/run", "Stage \"Build\": RUNNING", "password=**** red", ""));
    }

    @Test
    void withoutARunNumberTheHeaderNamesThePipelineAndRun() {
        ProgressEvent started = EngineProgressBridge.translate(
                event(FollowEvent.Type.RUN_STARTED, null, "RUNNING", "Following run run-uuid"));
        assertThat(started).isEqualTo(new ProgressEvent.RunStarted("pipeline pipeline", "run-uuid", "http://x/run"));
        assertThat(EngineProgressBridge.translate(event(FollowEvent.Type.POLL_WARNING, null, null, "x"))).isNull();
    }
}
