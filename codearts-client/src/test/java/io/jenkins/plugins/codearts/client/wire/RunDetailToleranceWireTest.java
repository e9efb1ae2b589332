package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.pipeline.PipelinesApi;
import io.jenkins.plugins.codearts.client.pipeline.model.PackageInfo;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepStatus;
import org.junit.jupiter.api.Test;

/**
 * Answers that differ from the documents' examples in ways the follow engine meets: step statuses from the stage and
 * job vocabulary, artifacts in snake_case, and offsets sent as numbers instead of strings.
 */
class RunDetailToleranceWireTest extends MockServerSupport {

    private static final String PROJECT = "54f90b75fc1447b1b65e8d3a9f77923d";
    private static final String PIPELINE = "e5460d1d403146a1935c2d4b68ef506c";
    private static final String RUN = "ad6b7f66283a45be9c1f82b06c831e59";

    private PipelinesApi pipelines() {
        return client.pipeline().pipelines();
    }

    private static String step(String id, String status) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"task\":\"official_devcloud_checkpoint\","
                + "\"sequence\":0,\"status\":\"" + status + "\",\"start_time\":1674207197000}";
    }

    @Test
    void stepStatusesOfTheStageAndJobVocabularyAreKnown() throws Exception {
        respond(200, "{\"id\":\"" + RUN + "\",\"status\":\"RUNNING\",\"stages\":[{\"id\":\"s\",\"status\":\"RUNNING\","
                + "\"jobs\":[{\"id\":\"j\",\"status\":\"PAUSED\",\"steps\":[" + step("review", "PAUSED") + ","
                + step("suspended", "SUSPEND") + "," + step("skipped", "SKIPPED") + "," + step("left", "UNSELECTED")
                + "," + step("ignored", "IGNORED") + "," + step("odd", "SOMETHING_NEW") + "]}]}]}");

        PipelineRunDetail detail = pipelines().showPipelineRunDetail(PROJECT, PIPELINE, RUN);

        assertThat(detail.stages().get(0).jobs().get(0).steps()).extracting(StepRun::status).containsExactly(
                StepStatus.PAUSED, StepStatus.SUSPEND, StepStatus.SKIPPED, StepStatus.UNSELECTED, StepStatus.IGNORED,
                StepStatus.UNKNOWN);
        assertThat(detail.stages().get(0).jobs().get(0).steps()).extracting(step -> step.status().isTerminal())
                .containsExactly(false, false, true, true, true, false);
        take();
    }

    @Test
    void artifactsAreReadInBothSpellings() throws Exception {
        respond(200, "{\"id\":\"" + RUN + "\",\"status\":\"COMPLETED\",\"artifacts\":["
                + "{\"name\":\"app.jar\",\"packageType\":\"jar\",\"version\":\"1.0\",\"downloadUrl\":\"https://a/1\"},"
                + "{\"name\":\"img\",\"package_type\":\"docker\",\"version\":\"2.0\",\"download_url\":\"https://a/2\"}"
                + "]}");

        PipelineRunDetail detail = pipelines().showPipelineRunDetail(PROJECT, PIPELINE, RUN);

        assertThat(detail.artifacts()).containsExactly(new PackageInfo("app.jar", "jar", "1.0", "https://a/1"),
                new PackageInfo("img", "docker", "2.0", "https://a/2"));
        take();
    }

    @Test
    void numericOffsetsAreReadLikeStringOnes() throws Exception {
        respond(200, "{\"has_more\":true,\"start_offset\":0,\"end_offset\":4096,\"log\":\"a\\nb\\n\"}");

        StepLogPage page = pipelines().showStepLogs(PROJECT, PIPELINE, RUN, "job", "step",
                StepLogRequest.forward(0, 1000));

        assertThat(page.endOffset()).isEqualTo("4096");
        assertThat(page.nextStartOffset()).isEqualTo(4096L);
        assertThat(page.moreAvailable()).isTrue();
        assertThat(page.log()).isEqualTo("a\nb\n");
        take();
    }
}
