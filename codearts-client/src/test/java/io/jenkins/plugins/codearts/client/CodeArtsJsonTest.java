package io.jenkins.plugins.codearts.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import org.junit.jupiter.api.Test;

class CodeArtsJsonTest {

    @Test
    void readsStatusesWhateverTheirCase() throws Exception {
        assertThat(CodeArtsJson.mapper().readValue("\"running\"", PipelineRunStatus.class))
                .isEqualTo(PipelineRunStatus.RUNNING);
        assertThat(CodeArtsJson.mapper().readValue("\"Completed\"", PipelineRunStatus.class))
                .isEqualTo(PipelineRunStatus.COMPLETED);
    }

    @Test
    void keepsUnknownStatusesAsUnknown() throws Exception {
        assertThat(CodeArtsJson.mapper().readValue("\"WARP_SPEED\"", PipelineRunStatus.class))
                .isEqualTo(PipelineRunStatus.UNKNOWN);
    }
}
