package io.jenkins.plugins.codearts.emulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a speed factor the simulated minute of the failing demo pipeline passes in well under a real second. */
class SpeedFactorTest {

    @Test
    void runsAdvanceWithScaledRealTime() throws InterruptedException {
        try (CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).speed(400).build().start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);
            String base = "/v5/" + emulator.demo().projectId() + "/api/pipelines/" + emulator.demo().failingPipelineId();
            String runId = http.post(base + "/run", "{}").json().get("pipeline_run_id").asText();
            List<String> seen = new ArrayList<>();
            String status = "";
            for (int poll = 0; poll < 200 && !status.equals("FAILED"); poll++) {
                status = http.get(base + "/pipeline-runs/detail?pipeline_run_id=" + runId).json().get("status").asText();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                    seen.add(status);
                }
                Thread.sleep(25);
            }
            assertThat(seen).startsWith("RUNNING").endsWith("FAILED");
        }
    }
}
