package io.jenkins.plugins.codearts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.engine.FailureMode.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeAndFailureModeTest {

    @Test
    void mapsTerminalRunStatuses() {
        assertThat(Outcome.ofRunStatus("COMPLETED")).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.ofRunStatus("FAILED")).isEqualTo(Outcome.FAILURE);
        assertThat(Outcome.ofRunStatus("canceled")).isEqualTo(Outcome.ABORTED);
        assertThat(Outcome.ofRunStatus("IGNORED")).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void verdictsFollowTheMode() {
        for (FailureMode mode : FailureMode.values()) {
            assertThat(mode.verdictFor(Outcome.SUCCESS)).isEqualTo(Verdict.CONTINUE);
        }
        for (Outcome bad : List.of(Outcome.FAILURE, Outcome.ABORTED, Outcome.TIMEOUT)) {
            assertThat(FailureMode.FAIL.verdictFor(bad)).isEqualTo(Verdict.FAIL_BUILD);
            assertThat(FailureMode.UNSTABLE.verdictFor(bad)).isEqualTo(Verdict.MARK_UNSTABLE);
            assertThat(FailureMode.RETURN.verdictFor(bad)).isEqualTo(Verdict.CONTINUE);
        }
    }

    @Test
    void parsesModesAndNamesTheChoicesOnError() {
        assertThat(FailureMode.parse(" unstable ")).isEqualTo(FailureMode.UNSTABLE);
        assertThatThrownBy(() -> FailureMode.parse("explode"))
                .hasMessage("failure mode is 'explode'; use one of FAIL, UNSTABLE, RETURN");
        assertThat(ReviewDecision.parse("Approve")).isEqualTo(ReviewDecision.PASS);
        assertThatThrownBy(() -> ReviewDecision.parse("maybe")).hasMessageContaining("'maybe'");
    }

    @Test
    void resultMapHoldsOnlyPlainValues() {
        RunResult result = new RunResult(RunRef.of("p", "q", "r"), "r", 3, "FAILED", "https://x", 1, 2,
                List.of(new StageResult("s", "Build", 1, "FAILED", 1, 2)),
                List.of(new ArtifactInfo("app.jar", "jar", "1.0", "https://x/app.jar")), Outcome.FAILURE,
                "Run #3 finished: FAILED");
        Map<String, Object> map = result.toMap();
        assertThat(map).containsEntry("runId", "r").containsEntry("runNumber", 3).containsEntry("status", "FAILED")
                .containsEntry("outcome", "FAILURE").containsEntry("url", "https://x");
        assertThat(map.get("stages")).isEqualTo(List.of(Map.of("id", "s", "name", "Build", "sequence", 1,
                "status", "FAILED", "startTime", 1L, "endTime", 2L)));
        assertThat(FailureMode.describe(result)).isEqualTo("CodeArts run #3 FAILED (FAILURE): https://x");
    }
}
