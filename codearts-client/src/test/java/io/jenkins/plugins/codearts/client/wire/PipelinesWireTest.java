package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.pipeline.PipelinesApi;
import io.jenkins.plugins.codearts.client.pipeline.model.CreatePipelineByTemplateRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.CreatePipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.JobRun;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelineRunsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.NodeStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunDetail;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunList;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunStatus;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineRunSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.PipelineSummary;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.RunPipelineResponse;
import io.jenkins.plugins.codearts.client.pipeline.model.StageRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 4.2 on the wire: each operation's method, path, query, headers and body, with the documents' examples. */
class PipelinesWireTest extends MockServerSupport {

    private static final String PROJECT = "54f90b75fc1447b1b65e8d3a9f77923d";
    private static final String PIPELINE = "e5460d1d403146a1935c2d4b68ef506c";
    private static final String RUN = "ad6b7f66283a45be9c1f82b06c831e59";
    private static final String JOB = "d2ce3825a5e147dd98793ef6e76d038e";
    private static final String STEP = "f2f0441226444c1199ca0cce8d24074f";
    private static final String RUN_BASE = "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/pipeline-runs/" + RUN;

    private PipelinesApi pipelines() {
        return client.pipeline().pipelines();
    }

    @Test
    void runPipelineSendsTheDocumentExampleAndReturnsTheRunId() throws Exception {
        respondWithResource("pipeline/run-pipeline.response.json");

        RunPipelineResponse response = pipelines().runPipeline(PROJECT, PIPELINE,
                read("pipeline/run-pipeline.request.json", RunPipelineRequest.class));

        assertThat(response.pipelineRunId()).isEqualTo(RUN);
        assertThat(response.queued()).isFalse();
        takeSigned("POST", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/run",
                resource("pipeline/run-pipeline.request.json"));
    }

    @Test
    void runPipelineBuilderWritesBranchAndVariables() throws Exception {
        respondWithResource("pipeline/run-pipeline.response.json");

        pipelines().runPipeline(PROJECT, PIPELINE, RunPipelineRequest.builder()
                .description("from Jenkins").variable("key", "val")
                .branch("https://example.com/repo.git", "2111699716", "release").build());

        assertRequest(take(), "POST", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/run",
                "{\"description\":\"from Jenkins\",\"variables\":[{\"name\":\"key\",\"value\":\"val\"}],"
                        + "\"sources\":[{\"type\":\"code\",\"params\":{\"git_type\":\"codehub\","
                        + "\"git_url\":\"https://example.com/repo.git\",\"default_branch\":\"release\","
                        + "\"codehub_id\":\"2111699716\",\"build_params\":{\"build_type\":\"branch\","
                        + "\"event_type\":\"Manual\",\"target_branch\":\"release\"}}}]}");
    }

    @Test
    void runPipelineQueuedBehindTheConcurrencyLimitIsAResultNotAnError() throws Exception {
        respond(200, "{\"error_code\":\"DEVPIPE.00011169\",\"error_msg\":\"Maximum concurrent runs reached, queued\","
                + "\"pipeline_run_id\":\"" + RUN + "\",\"queue_id\":\"q-1\"}");

        RunPipelineResponse response = pipelines().runPipeline(PROJECT, PIPELINE, RunPipelineRequest.defaults());

        assertThat(response.queued()).isTrue();
        assertThat(response.pipelineRunId()).isEqualTo(RUN);
        assertThat(response.queueId()).isEqualTo("q-1");
        assertThat(response.errorCode()).isEqualTo("DEVPIPE.00011169");
        assertThat(server.getRequestCount()).as("a queued run is not started again").isEqualTo(1);
        assertRequest(take(), "POST", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/run", "{}");
    }

    @Test
    void batchShowPipelineStatusSendsAndReadsBareArrays() throws Exception {
        respondWithResource("pipeline/batch-status.response.json");

        List<PipelineRunSummary> statuses = pipelines().batchShowPipelineStatus(PROJECT,
                List.of("d19799d619424b2bb2625ec2d93ea087"));

        assertThat(statuses).singleElement().satisfies(status -> {
            assertThat(status.status()).isEqualTo(PipelineRunStatus.FAILED);
            assertThat(status.runNumber()).isEqualTo(2);
            assertThat(status.startTime()).isEqualTo(1677919688000L);
            assertThat(status.stageStatusList()).singleElement()
                    .satisfies(stage -> assertThat(stage.startTime()).isEqualTo("2023-03-04 16:48:09"));
            assertThat(status.buildParams().commitId()).isEqualTo("fc93c34f906aeb1cc031e3f6f8b2baeac078ae4b");
        });
        takeSigned("POST", "/v5/" + PROJECT + "/api/pipelines/status",
                resource("pipeline/batch-status.request.json"));
    }

    @Test
    void showPipelineRunDetailReadsStagesJobsAndEntrySteps() throws Exception {
        respondWithResource("pipeline/run-detail.response.json");

        PipelineRunDetail detail = pipelines().showPipelineRunDetail(PROJECT, PIPELINE, RUN);

        assertThat(detail.status()).isEqualTo(PipelineRunStatus.COMPLETED);
        assertThat(detail.startTime()).isEqualTo(1674207197000L);
        StageRun stage = detail.stages().get(0);
        assertThat(stage.status()).isEqualTo(NodeStatus.COMPLETED);
        assertThat(stage.pre()).singleElement().satisfies(step -> {
            assertThat(step.task()).isEqualTo("official_devcloud_autoTrigger");
            assertThat(step.status()).isEqualTo(StepStatus.COMPLETED);
            assertThat(step.isManualReview()).isFalse();
        });
        assertThat(stage.post()).isEmpty();
        JobRun job = stage.jobs().get(0);
        assertThat(job.message()).isEqualTo("not found steps");
        assertThat(job.steps()).isEmpty();
        assertThat(detail.sources().get(0).params().buildParams().message()).isEqualTo("Creating a Dockerfile");
        takeSigned("GET", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE
                + "/pipeline-runs/detail?pipeline_run_id=" + RUN, null);
    }

    @Test
    void showPipelineRunDetailWithoutRunIdAsksForTheLatestRun() throws Exception {
        respondWithResource("pipeline/run-detail.response.json");

        pipelines().showPipelineRunDetail(PROJECT, PIPELINE, null);

        assertRequest(take(), "GET", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/pipeline-runs/detail", null);
    }

    @Test
    void listPipelinesSendsTheFilterAndReadsLatestRuns() throws Exception {
        respondWithResource("pipeline/list-pipelines.response.json");

        PipelineList list = pipelines().listPipelines(PROJECT,
                read("pipeline/list-pipelines.request.json", ListPipelinesRequest.class));

        assertThat(list.total()).isEqualTo(1);
        PipelineSummary pipeline = list.pipelines().get(0);
        assertThat(pipeline.createTime()).isEqualTo(1677060662000L);
        assertThat(pipeline.latestRun().stageStatusList()).extracting(s -> s.status())
                .containsExactly(NodeStatus.FAILED, NodeStatus.INIT, NodeStatus.INIT);
        takeSigned("POST", "/v5/" + PROJECT + "/api/pipelines/list",
                resource("pipeline/list-pipelines.request.json"));
    }

    @Test
    void iteratePipelinesFetchesPagesLazily() throws Exception {
        String item = "{\"pipeline_id\":\"p%d\",\"name\":\"n%d\"}";
        respond(200, "{\"offset\":0,\"limit\":2,\"total\":3,\"pipelines\":[" + item.formatted(1, 1) + ","
                + item.formatted(2, 2) + "]}");
        respond(200, "{\"offset\":2,\"limit\":2,\"total\":3,\"pipelines\":[" + item.formatted(3, 3) + "]}");

        var iterator = pipelines().iteratePipelines(PROJECT, ListPipelinesRequest.all(), 2).iterator();
        assertThat(server.getRequestCount()).as("nothing fetched before iteration").isZero();
        assertThat(iterator.next().pipelineId()).isEqualTo("p1");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(iterator.next().pipelineId()).isEqualTo("p2");
        assertThat(iterator.next().pipelineId()).isEqualTo("p3");
        assertThat(iterator.hasNext()).isFalse();
        assertThat(server.getRequestCount()).as("stops at total without a third request").isEqualTo(2);
        assertRequest(take(), "POST", "/v5/" + PROJECT + "/api/pipelines/list", "{\"offset\":0,\"limit\":2}");
        assertRequest(take(), "POST", "/v5/" + PROJECT + "/api/pipelines/list", "{\"offset\":2,\"limit\":2}");
    }

    @Test
    void deletePipeline() throws Exception {
        respondWithResource("pipeline/delete-pipeline.response.json");

        assertThat(pipelines().deletePipeline(PROJECT, PIPELINE).pipelineId()).isEqualTo(PIPELINE);

        takeSigned("DELETE", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE, null);
    }

    @Test
    void stopPipelineRun() throws Exception {
        respondWithResource("pipeline/stop.response.json");

        assertThat(pipelines().stopPipelineRun(PROJECT, PIPELINE, RUN)).isTrue();

        takeSigned("POST", RUN_BASE + "/stop", null);
    }

    @Test
    void listPipelineRunsSendsTheDocumentFilter() throws Exception {
        respondWithResource("pipeline/list-runs.response.json");

        PipelineRunList runs = pipelines().listPipelineRuns(PROJECT, PIPELINE,
                read("pipeline/list-runs.request.json", ListPipelineRunsRequest.class));

        assertThat(runs.pipelineRuns()).singleElement().satisfies(run -> {
            assertThat(run.pipelineRunId()).isEqualTo("ddb7532cb0e948f2af7bb4397fc19864");
            assertThat(run.runNumber()).isEqualTo(11);
            assertThat(run.endTime()).isEqualTo(1678066488000L);
        });
        takeSigned("POST", "/v5/" + PROJECT + "/api/pipelines/" + PIPELINE + "/pipeline-runs/list",
                resource("pipeline/list-runs.request.json"));
    }

    @Test
    void iteratePipelineRunsWithoutTotalStopsOnAShortPage() throws Exception {
        respond(200, "{\"pipeline_runs\":[{\"pipeline_run_id\":\"r1\"},{\"pipeline_run_id\":\"r2\"}]}");
        respond(200, "{\"pipeline_runs\":[{\"pipeline_run_id\":\"r3\"}]}");

        assertThat(pipelines().iteratePipelineRuns(PROJECT, PIPELINE, null, 2).toList())
                .extracting(PipelineRunSummary::pipelineRunId).containsExactly("r1", "r2", "r3");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void createPipelineByTemplate() throws Exception {
        respondWithResource("pipeline/create-by-template.response.json");

        String id = pipelines().createPipelineByTemplate(PROJECT, "434d660a96de423a935a0571c2223bca", "c-1",
                read("pipeline/create-by-template.request.json", CreatePipelineByTemplateRequest.class)).pipelineId();

        assertThat(id).isEqualTo("ad6b7f66283a45be9c1f82b06c831e59");
        takeSigned("POST", "/v5/" + PROJECT
                + "/api/pipeline-templates/434d660a96de423a935a0571c2223bca/create-pipeline?component_id=c-1",
                resource("pipeline/create-by-template.request.json"));
    }

    @Test
    void createPipeline() throws Exception {
        respondWithResource("pipeline/create-pipeline.response.json");

        String id = pipelines().createPipeline("d80a8a6530324b7bac972ccb8a9f28ec", null,
                read("pipeline/create-pipeline.request.json", CreatePipelineRequest.class)).pipelineId();

        assertThat(id).isEqualTo("8bfbd69eac154a0da341705a36294aca");
        takeSigned("POST", "/v5/d80a8a6530324b7bac972ccb8a9f28ec/api/pipelines",
                resource("pipeline/create-pipeline.request.json"));
    }

    @Test
    void retryPipelineRun() throws Exception {
        respondWithResource("pipeline/retry.response.json");

        assertThat(pipelines().retryPipelineRun(PROJECT, PIPELINE, RUN)).isTrue();

        takeSigned("PUT", RUN_BASE + "/retry", null);
    }

    @Test
    void passManualReview() throws Exception {
        respondWithResource("pipeline/pass.response.json");

        assertThat(pipelines().passManualReview(PROJECT, PIPELINE, RUN, JOB, STEP)).isTrue();

        takeSigned("POST", RUN_BASE + "/jobs/" + JOB + "/steps/" + STEP + "/pass", null);
    }

    @Test
    void refuseManualReview() throws Exception {
        respondWithResource("pipeline/refuse.response.json");

        assertThat(pipelines().refuseManualReview(PROJECT, PIPELINE, RUN, JOB, STEP)).isTrue();

        takeSigned("POST", RUN_BASE + "/jobs/" + JOB + "/steps/" + STEP + "/refuse", null);
    }

    @Test
    void showStepLogsReadsStringOffsets() throws Exception {
        respondWithResource("pipeline/step-logs.response.json");

        StepLogPage log = pipelines().showStepLogs(PROJECT, PIPELINE, RUN, JOB, STEP,
                read("pipeline/step-logs.request.json", StepLogRequest.class));

        assertThat(log.startOffset()).isEqualTo("6132");
        assertThat(log.endOffset()).isEqualTo("25705");
        assertThat(log.nextStartOffset()).isEqualTo(25705L);
        assertThat(log.moreAvailable()).isFalse();
        assertThat(log.log()).startsWith("[2023/11/24 21:49:32.198 GMT+08:00] [INFO]").contains("\n");
        assertThat(log.stepRunId()).isEqualTo("7a1a7bb1b5e74d1c944d8b8971621033");
        takeSigned("POST", RUN_BASE + "/jobs/" + JOB + "/steps/" + STEP + "/logs",
                resource("pipeline/step-logs.request.json"));
    }
}
