package io.jenkins.plugins.codearts.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.cli.SecretMasker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressRendererTest {

    private final MutableClock clock = new MutableClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final SecretMasker masker = SecretMasker.of("s3cr3t-sk-value");

    /** A demo-like run: build, a manual review, deploy; with a duplicate event, a colored log line and a leaked secret. */
    private void playSampleRun(ProgressRenderer renderer, boolean finish) {
        renderer.accept(new ProgressEvent.RunStarted("demo-pipeline", "42", "http://127.0.0.1:8089/run/42"));
        clock.advanceSeconds(1);
        renderer.accept(new ProgressEvent.RunStatus("RUNNING"));
        renderer.accept(new ProgressEvent.StageStatus("Build", "RUNNING"));
        renderer.accept(new ProgressEvent.LogLine("\u001B[32mcompiling\u001B[0m 12 files"));
        renderer.accept(new ProgressEvent.LogLine("token=s3cr3t-sk-value\r"));
        renderer.accept(new ProgressEvent.StageStatus("Build", "RUNNING"));
        clock.advanceSeconds(4);
        renderer.accept(new ProgressEvent.StageStatus("Build", "COMPLETED"));
        renderer.accept(new ProgressEvent.StageStatus("Review", "RUNNING"));
        renderer.accept(new ProgressEvent.RunStatus("PAUSED"));
        clock.advanceSeconds(1);
        renderer.accept(new ProgressEvent.Notice("manual review pending in stage Review"));
        renderer.tick();
        clock.advanceSeconds(3);
        renderer.accept(new ProgressEvent.RunStatus("RUNNING"));
        renderer.accept(new ProgressEvent.StageStatus("Review", "COMPLETED"));
        renderer.accept(new ProgressEvent.StageStatus("Deploy", "RUNNING"));
        renderer.accept(new ProgressEvent.LogLine("deployed"));
        if (finish) {
            clock.advanceSeconds(56);
            renderer.accept(new ProgressEvent.StageStatus("Deploy", "COMPLETED"));
            renderer.accept(new ProgressEvent.RunStatus("COMPLETED"));
            renderer.accept(new ProgressEvent.Finished("SUCCESS", "run 42 COMPLETED"));
        }
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainOutputIsOneLinePerChangeWithoutEscapes() {
        playSampleRun(new PlainRenderer(out, masker, clock, true), true);

        assertThat(output()).isEqualTo(String.join("\n",
                "[00:00] started demo-pipeline, run 42: http://127.0.0.1:8089/run/42",
                "[00:01] run RUNNING",
                "[00:01] stage Build: RUNNING",
                "compiling 12 files",
                "token=****",
                "[00:05] stage Build: COMPLETED",
                "[00:05] stage Review: RUNNING",
                "[00:05] run PAUSED",
                "[00:06] manual review pending in stage Review",
                "[00:09] run RUNNING",
                "[00:09] stage Review: COMPLETED",
                "[00:09] stage Deploy: RUNNING",
                "deployed",
                "[01:05] stage Deploy: COMPLETED",
                "[01:05] run COMPLETED",
                "[01:05] finished: SUCCESS - run 42 COMPLETED",
                "").replace("\n", System.lineSeparator()));
        assertThat(output()).doesNotContain("\u001B", "s3cr3t-sk-value");
    }

    @Test
    void liveDisplayKeepsOneStatusBlockBelowTheScrollingLogs() {
        playSampleRun(new LiveRenderer(out, masker, clock, 80), false);

        assertThat(new VirtualTerminal().feed(output()).screen()).containsExactly(
                "compiling 12 files",
                "token=****",
                "! manual review pending in stage Review",
                "deployed",
                "demo-pipeline #42  RUNNING  00:09",
                "  ✓ Build                          COMPLETED",
                "  ✓ Review                         COMPLETED",
                "  > Deploy                         RUNNING");
        assertThat(output()).doesNotContain("s3cr3t-sk-value");
    }

    @Test
    void plainOutputWithoutAnnouncingShowsOnlyLogLinesAndNotices() {
        playSampleRun(new PlainRenderer(out, masker, clock, false), true);

        assertThat(output()).isEqualTo(String.join("\n",
                "compiling 12 files",
                "token=****",
                "[00:06] manual review pending in stage Review",
                "deployed",
                "").replace("\n", System.lineSeparator()));
    }

    @Test
    void liveDisplayTickRefreshesTheElapsedTimeInPlace() {
        LiveRenderer renderer = new LiveRenderer(out, masker, clock, 80);
        renderer.accept(new ProgressEvent.RunStarted("nightly", "7", null));
        renderer.accept(new ProgressEvent.StageStatus("Build", "RUNNING"));
        clock.advanceSeconds(3725);
        renderer.tick();

        assertThat(new VirtualTerminal().feed(output()).screen()).containsExactly(
                "nightly #7  STARTING  1:02:05",
                "  > Build                          RUNNING");
    }

    @Test
    void liveDisplayLeavesTheFinalBlockAndOutcomeAndStopsRedrawing() {
        LiveRenderer renderer = new LiveRenderer(out, masker, clock, 80);
        playSampleRun(renderer, true);
        int lengthAtFinish = output().length();
        renderer.tick();
        renderer.accept(new ProgressEvent.LogLine("late line"));

        assertThat(output()).hasSize(lengthAtFinish);
        assertThat(new VirtualTerminal().feed(output()).screen()).endsWith(
                "deployed",
                "demo-pipeline #42  COMPLETED  01:05",
                "  ✓ Build                          COMPLETED",
                "  ✓ Review                         COMPLETED",
                "  ✓ Deploy                         COMPLETED",
                "SUCCESS - run 42 COMPLETED");
    }

    @Test
    void liveDisplayCutsLongStageNamesToTheWidthAndCapsTheStageCount() {
        LiveRenderer renderer = new LiveRenderer(out, masker, clock, 40);
        renderer.accept(new ProgressEvent.StageStatus("a-very-long-stage-name-that-would-wrap-the-terminal", "INIT"));
        for (int i = 0; i < LiveRenderer.MAX_STAGE_LINES + 3; i++) {
            renderer.accept(new ProgressEvent.StageStatus("s" + i, "INIT"));
        }
        var screen = new VirtualTerminal().feed(output()).screen();
        assertThat(screen).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(screen).hasSize(1 + LiveRenderer.MAX_STAGE_LINES + 1);
        assertThat(screen.get(screen.size() - 1)).isEqualTo("  ... 4 more stages");
    }

    @Test
    void progressModeAutoUsesTheLiveDisplayOnlyForAPersonAtATerminal() {
        assertThat(ProgressMode.AUTO.useLiveDisplay(true, Map.of("TERM", "xterm"))).isTrue();
        assertThat(ProgressMode.AUTO.useLiveDisplay(false, Map.of("TERM", "xterm"))).isFalse();
        assertThat(ProgressMode.AUTO.useLiveDisplay(true, Map.of("CI", "true"))).isFalse();
        assertThat(ProgressMode.AUTO.useLiveDisplay(true, Map.of("JENKINS_URL", "http://ci"))).isFalse();
        assertThat(ProgressMode.AUTO.useLiveDisplay(true, Map.of("CI", "false"))).isTrue();
        assertThat(ProgressMode.AUTO.useLiveDisplay(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(ProgressMode.TTY.useLiveDisplay(false, Map.of("CI", "true"))).isTrue();
        assertThat(ProgressMode.PLAIN.useLiveDisplay(true, Map.of())).isFalse();
    }

    @Test
    void inANarrowTerminalNoBlockLineWrapsEvenWithWideCharacters() {
        LiveRenderer renderer = new LiveRenderer(out, masker, clock, 30);
        renderer.accept(new ProgressEvent.RunStarted("a-pipeline-with-a-very-long-name-中文中文", "42", null));
        renderer.accept(new ProgressEvent.RunStatus("RUNNING"));
        renderer.accept(new ProgressEvent.StageStatus("构建阶段构建阶段构建阶段构建阶段构建阶段", "RUNNING"));
        renderer.accept(new ProgressEvent.StageStatus("Deploy to production in three regions", "COMPLETED"));
        renderer.tick();
        for (String line : output().split("\n")) {
            String visible = line.replaceAll("\u001B\\[[0-?]*[ -/]*[@-~]", "");
            int columns = visible.codePoints().map(c -> TerminalText.isWide(c) ? 2 : 1).sum();
            if (!line.contains("\u001B[") || visible.isEmpty()) {
                continue;
            }
            assertThat(columns).as(visible).isLessThanOrEqualTo(29);
        }
        assertThat(output()).contains("✓");
    }

    @Test
    void fitCountsWideCharactersAndKeepsEscapes() {
        assertThat(TerminalText.fit("\u001B[1mab中文cd\u001B[0m", 5)).isEqualTo("\u001B[1mab中\u001B[0m");
        assertThat(TerminalText.fit("abc", 5)).isEqualTo("abc");
    }

    @Test
    void terminalWidthComesFromTheTerminalThenColumnsThenEighty() {
        assertThat(TerminalSize.columns(Map.of("COLUMNS", "42"), () -> 30)).isEqualTo(30);
        assertThat(TerminalSize.columns(Map.of("COLUMNS", "42"), () -> 0)).isEqualTo(42);
        assertThat(TerminalSize.columns(Map.of("COLUMNS", "wide"), () -> 0)).isEqualTo(80);
        // Under the build there is no controlling terminal: stty fails and the answer is 0, not an exception.
        assertThat(TerminalSize.askTerminal()).isGreaterThanOrEqualTo(0);
    }
}
