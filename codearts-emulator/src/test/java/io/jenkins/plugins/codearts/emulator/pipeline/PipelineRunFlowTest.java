package io.jenkins.plugins.codearts.emulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp;
import io.jenkins.plugins.codearts.emulator.support.EmulatorHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives whole runs through the documented API over loopback, with a manual clock. Demo timings
 * (scenarios/demo.yaml, 2 s job queue time): Build ends at 39 s, Test at 81 s, the release review is pending from 83 s.
 */
class PipelineRunFlowTest {

    private CodeArtsEmulator emulator;
    private EmulatorHttp http;
    private String base;

    @BeforeEach
    void start() {
        emulator = CodeArtsEmulator.builder().port(0).manualClock().build().start();
        http = new EmulatorHttp(emulator);
        base = "/v5/" + emulator.demo().projectId() + "/api/pipelines/";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void advanceSeconds(long seconds) {
        emulator.manualClock().advance(Duration.ofSeconds(seconds));
    }

    private String run(String pipelineId, String body) {
        Reply reply = http.post(base + pipelineId + "/run", body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().has("error_code")).as(reply.body()).isFalse();
        return reply.json().get("pipeline_run_id").asText();
    }

    private JsonNode detail(String pipelineId, String runId) {
        Reply reply = http.get(base + pipelineId + "/pipeline-runs/detail?pipeline_run_id=" + runId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode stage(JsonNode detail, String name) {
        for (JsonNode stage : detail.get("stages")) {
            if (stage.get("name").asText().equals(name)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + name + " in " + detail);
    }

    private static JsonNode job(JsonNode detail, String name) {
        for (JsonNode stage : detail.get("stages")) {
            for (JsonNode job : stage.get("jobs")) {
                if (job.get("name").asText().equals(name)) {
                    return job;
                }
            }
        }
        throw new AssertionError("no job " + name);
    }

    private static JsonNode step(JsonNode job, String name) {
        for (JsonNode step : job.get("steps")) {
            if (step.get("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name + " in job " + job.get("name"));
    }

    private Reply logs(String pipelineId, String runId, JsonNode job, JsonNode step, String body) {
        return http.post(base + pipelineId + "/pipeline-runs/" + runId + "/jobs/" + job.get("id").asText() + "/steps/"
                + step.get("id").asText() + "/logs", body);
    }

    private Reply review(String pipelineId, String runId, JsonNode job, JsonNode step, String verb) {
        return http.post(base + pipelineId + "/pipeline-runs/" + runId + "/jobs/" + job.get("id").asText() + "/steps/"
                + step.get("id").asText() + "/" + verb, null);
    }

    @Test
    void demoRunGoesThroughBuildTestReviewAndDeployWithGrowingLogs() {
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, "{\"variables\":[{\"name\":\"RELEASE_VERSION\",\"value\":\"2.0.0\"}]}");

        JsonNode detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("RUNNING");
        assertThat(detail.get("run_number").asInt()).isEqualTo(1);
        assertThat(detail.get("detail_url").asText()).isEqualTo(emulator.baseUrl() + "/ui/projects/"
                + emulator.demo().projectId() + "/pipelines/" + pipeline + "/runs/" + runId);
        assertThat(stage(detail, "Build").get("status").asText()).isEqualTo("RUNNING");
        assertThat(stage(detail, "Test").get("status").asText()).isEqualTo("INIT");
        assertThat(job(detail, "Compile and package").get("status").asText()).isEqualTo("QUEUED");

        advanceSeconds(2 + 4 + 10);   // checkout done, Maven build 10 s into its 30 s
        detail = detail(pipeline, runId);
        JsonNode buildJob = job(detail, "Compile and package");
        assertThat(buildJob.get("status").asText()).isEqualTo("RUNNING");
        assertThat(step(buildJob, "Code checkout").get("status").asText()).isEqualTo("COMPLETED");
        JsonNode maven = step(buildJob, "Maven build");
        assertThat(maven.get("status").asText()).isEqualTo("RUNNING");

        Reply first = logs(pipeline, runId, buildJob, maven, "{\"start_offset\":0,\"limit\":500,\"sort\":\"asc\"}");
        assertThat(first.status()).isEqualTo(200);
        JsonNode page1 = first.json();
        assertThat(page1.get("start_offset").isTextual()).isTrue();
        assertThat(page1.get("end_offset").isTextual()).isTrue();
        assertThat(page1.get("start_offset").asText()).isEqualTo("0");
        assertThat(page1.get("has_more").asBoolean()).isFalse();
        assertThat(page1.get("step_run_id").asText()).isEqualTo(maven.get("id").asText());
        String log1 = page1.get("log").asText();
        assertThat(log1).contains("This step starts to be executed.", "Building demo-java-service 2.0.0")
                .doesNotContain("BUILD SUCCESS", "This step is complete.");
        long end1 = Long.parseLong(page1.get("end_offset").asText());
        assertThat(end1).isEqualTo(log1.length());

        advanceSeconds(20);   // the Maven build is over
        JsonNode page2 = logs(pipeline, runId, buildJob, maven,
                "{\"start_offset\":" + end1 + ",\"limit\":500,\"sort\":\"asc\"}").json();
        assertThat(page2.get("start_offset").asText()).isEqualTo(String.valueOf(end1));
        assertThat(page2.get("log").asText()).contains("BUILD SUCCESS", "This step is complete.")
                .doesNotContain("This step starts to be executed.");

        // limit pages by lines and has_more says there is more
        JsonNode small = logs(pipeline, runId, buildJob, maven, "{\"start_offset\":0,\"limit\":2,\"sort\":\"asc\"}").json();
        assertThat(small.get("log").asText().split("\n")).hasSize(2);
        assertThat(small.get("has_more").asBoolean()).isTrue();
        JsonNode tail = logs(pipeline, runId, buildJob, maven, "{\"limit\":1,\"sort\":\"desc\"}").json();
        assertThat(tail.get("log").asText()).contains("This step is complete.");

        advanceSeconds(81 + 2 - 36);   // to 83 s: Deploy job waits on the release review
        detail = detail(pipeline, runId);
        assertThat(stage(detail, "Build").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(stage(detail, "Test").get("status").asText()).isEqualTo("COMPLETED");
        JsonNode deployJob = job(detail, "Release to production");
        JsonNode approval = step(deployJob, "Release approval");
        assertThat(approval.get("task").asText()).isEqualTo("official_devcloud_checkpoint");
        assertThat(approval.get("status").asText()).isEqualTo("RUNNING");
        assertThat(deployJob.get("status").asText()).isEqualTo("PAUSED");
        assertThat(detail.get("status").asText()).isEqualTo("RUNNING");

        advanceSeconds(600);   // nobody decides for a while: nothing moves (timeout is 1 h)
        assertThat(step(job(detail(pipeline, runId), "Release to production"), "Release approval").get("status").asText())
                .isEqualTo("RUNNING");

        Reply passed = review(pipeline, runId, deployJob, approval, "pass");
        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.json().get("success").asBoolean()).isTrue();
        detail = detail(pipeline, runId);
        assertThat(step(job(detail, "Release to production"), "Release approval").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job(detail, "Release to production").get("status").asText()).isEqualTo("RUNNING");
        assertThat(logs(pipeline, runId, deployJob, approval, "{\"limit\":100,\"sort\":\"asc\"}").json().get("log").asText())
                .contains("Manual review passed by demo-user");

        Reply again = review(pipeline, runId, deployJob, approval, "pass");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("error_code").asText()).isEqualTo("DEVCP.00014004");
        assertThat(again.json().get("error_msg").asText()).contains("not pending");

        advanceSeconds(20);
        detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(detail.get("end_time").asLong()).isGreaterThan(detail.get("start_time").asLong());
        for (JsonNode stage : detail.get("stages")) {
            assertThat(stage.get("status").asText()).isEqualTo("COMPLETED");
        }

        JsonNode status = http.post(base + "status", "[\"" + pipeline + "\",\"" + emulator.demo().failingPipelineId() + "\"]").json();
        assertThat(status.isArray()).isTrue();
        assertThat(status).hasSize(1);   // the failing pipeline never ran
        assertThat(status.get(0).get("pipeline_run_id").asText()).isEqualTo(runId);
        assertThat(status.get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(status.get(0).get("stage_status_list").get(0).get("start_time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        JsonNode runs = http.post(base + pipeline + "/pipeline-runs/list", "{\"status\":[\"COMPLETED\"]}").json();
        assertThat(runs.get("total").asInt()).isEqualTo(1);
        assertThat(runs.get("pipeline_runs").get(0).get("stage_status_list").get(0).has("id")).isTrue();

        JsonNode list = http.post(base + "list", "{\"name\":\"java-service\"}").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("pipelines").get(0).get("latest_run").get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void refusedReviewFailsTheRunAndCannotBeDecidedAgain() {
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, null);
        advanceSeconds(90);
        JsonNode detail = detail(pipeline, runId);
        JsonNode deployJob = job(detail, "Release to production");
        JsonNode approval = step(deployJob, "Release approval");

        assertThat(review(pipeline, runId, deployJob, approval, "refuse").json().get("success").asBoolean()).isTrue();
        detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("FAILED");
        assertThat(stage(detail, "Deploy").get("status").asText()).isEqualTo("FAILED");
        JsonNode refused = step(job(detail, "Release to production"), "Release approval");
        assertThat(refused.get("status").asText()).isEqualTo("FAILED");
        assertThat(refused.get("message").asText()).contains("refused by demo-user");
        assertThat(step(job(detail, "Release to production"), "Deploy to production").get("status").asText()).isEqualTo("INIT");

        JsonNode late = review(pipeline, runId, deployJob, approval, "pass").json();
        assertThat(late.get("error_code").asText()).isEqualTo("DEVCP.00014004");

        JsonNode notAReview = review(pipeline, runId, job(detail, "Compile and package"),
                step(job(detail, "Compile and package"), "Maven build"), "pass").json();
        assertThat(notAReview.get("error_msg").asText()).contains("not a manual review");
    }

    @Test
    void reviewTimeoutAppliesTheConfiguredOutcome() {
        emulator.settings().reviewTimeout(Duration.ofMinutes(5)).reviewTimeoutOutcome(EmulatorSettings.ReviewTimeoutOutcome.PASS);
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, null);
        advanceSeconds(83 + 299);
        assertThat(step(job(detail(pipeline, runId), "Release to production"), "Release approval").get("status").asText())
                .isEqualTo("RUNNING");
        advanceSeconds(1);
        JsonNode approval = step(job(detail(pipeline, runId), "Release to production"), "Release approval");
        assertThat(approval.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(approval.get("message").asText()).contains("timed out and was passed");
        advanceSeconds(20);
        assertThat(detail(pipeline, runId).get("status").asText()).isEqualTo("COMPLETED");

        emulator.settings().reviewTimeoutOutcome(EmulatorSettings.ReviewTimeoutOutcome.REFUSE);
        String second = run(pipeline, null);
        advanceSeconds(83 + 300);
        assertThat(detail(pipeline, second).get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void reviewWaitStatusesAreConfigurable() {
        emulator.settings().reviewWaitJobStatus(EmulatorSettings.ReviewWaitJobStatus.SUSPEND)
                .reviewWaitRunStatus(EmulatorSettings.ReviewWaitRunStatus.PAUSED);
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, null);
        advanceSeconds(85);
        JsonNode detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("PAUSED");
        assertThat(stage(detail, "Deploy").get("status").asText()).isEqualTo("PAUSED");
        assertThat(job(detail, "Release to production").get("status").asText()).isEqualTo("SUSPEND");
        assertThat(step(job(detail, "Release to production"), "Release approval").get("status").asText()).isEqualTo("RUNNING");
        assertThat(http.post(base + "status", "[\"" + pipeline + "\"]").json().get(0).get("status").asText()).isEqualTo("PAUSED");
        assertThat(http.post(base + pipeline + "/pipeline-runs/list", "{\"status\":[\"PAUSED\"]}").json().get("total").asInt())
                .isEqualTo(1);

        JsonNode deployJob = job(detail, "Release to production");
        review(pipeline, runId, deployJob, step(deployJob, "Release approval"), "pass");
        detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("RUNNING");
        assertThat(job(detail, "Release to production").get("status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void stageEntryStepLogsAreReadWithTheStageIdAsJobId() {
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, null);
        JsonNode build = stage(detail(pipeline, runId), "Build");
        JsonNode entry = build.get("pre").get(0);
        assertThat(entry.get("task").asText()).isEqualTo("official_devcloud_autoTrigger");
        assertThat(entry.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode page = logs(pipeline, runId, build, entry, "{\"limit\":10,\"sort\":\"asc\"}").json();
        assertThat(page.get("log").asText()).contains("This step starts to be executed.", "This step is complete.");
        JsonNode unknownStep = logs(pipeline, runId, build, build, "{\"limit\":10,\"sort\":\"asc\"}").json();
        assertThat(unknownStep.get("error_code").asText()).isEqualTo("DEVCP.00012002");
    }

    @Test
    void stopCancelsTheRunningStepJobStageAndRun() {
        String pipeline = emulator.demo().demoPipelineId();
        String runId = run(pipeline, null);
        advanceSeconds(10);
        Reply stopped = http.post(base + pipeline + "/pipeline-runs/" + runId + "/stop", null);
        assertThat(stopped.json().get("success").asBoolean()).isTrue();
        JsonNode detail = detail(pipeline, runId);
        assertThat(detail.get("status").asText()).isEqualTo("CANCELED");
        assertThat(stage(detail, "Build").get("status").asText()).isEqualTo("CANCELED");
        JsonNode buildJob = job(detail, "Compile and package");
        assertThat(buildJob.get("status").asText()).isEqualTo("CANCELED");
        JsonNode maven = step(buildJob, "Maven build");
        assertThat(maven.get("status").asText()).isEqualTo("CANCELED");
        assertThat(stage(detail, "Test").get("status").asText()).isEqualTo("INIT");

        advanceSeconds(300);   // nothing moves after a stop
        assertThat(detail(pipeline, runId).get("status").asText()).isEqualTo("CANCELED");
        assertThat(logs(pipeline, runId, buildJob, maven, "{\"limit\":500,\"sort\":\"asc\"}").json().get("log").asText())
                .contains("canceled by the user").doesNotContain("BUILD SUCCESS");
        // stopping a finished run is harmless
        assertThat(http.post(base + pipeline + "/pipeline-runs/" + runId + "/stop", null).json().get("success").asBoolean()).isTrue();
    }

    @Test
    void retryRerunsFromTheFailedJobKeepingCompletedOnes() {
        String pipeline = emulator.demo().failingPipelineId();
        String runId = run(pipeline, null);
        advanceSeconds(60);
        JsonNode failed = detail(pipeline, runId);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        JsonNode unitTests = job(failed, "Unit tests");
        assertThat(unitTests.get("status").asText()).isEqualTo("FAILED");
        assertThat(unitTests.get("message").asText()).contains("InvoiceTotalsTest");
        assertThat(stage(failed, "Deploy").get("status").asText()).isEqualTo("INIT");
        long buildEnd = job(failed, "Compile").get("end_time").asLong();

        Reply retried = http.put(base + pipeline + "/pipeline-runs/" + runId + "/retry", null);
        assertThat(retried.json().get("success").asBoolean()).isTrue();
        JsonNode again = detail(pipeline, runId);
        assertThat(again.get("status").asText()).isEqualTo("RUNNING");
        assertThat(again.get("run_number").asInt()).isEqualTo(1);
        assertThat(job(again, "Compile").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job(again, "Compile").get("end_time").asLong()).isEqualTo(buildEnd);
        assertThat(job(again, "Unit tests").get("status").asText()).isEqualTo("QUEUED");
        assertThat(stage(again, "Test").get("status").asText()).isEqualTo("RUNNING");

        JsonNode notRetryable = http.put(base + pipeline + "/pipeline-runs/" + runId + "/retry", null).json();
        assertThat(notRetryable.get("error_code").asText()).isEqualTo("DEVCP.00014004");
        assertThat(notRetryable.get("error_msg").asText()).contains("only FAILED or CANCELED runs can be retried");

        advanceSeconds(30);
        assertThat(detail(pipeline, runId).get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void concurrencyLimitQueuesWithTheRunIdOrRejects() {
        emulator.settings().maxConcurrentRunsPerPipeline(1);
        String pipeline = emulator.demo().failingPipelineId();
        String first = run(pipeline, null);
        Reply queued = http.post(base + pipeline + "/run", "{}");
        assertThat(queued.status()).isEqualTo(200);
        JsonNode queuedBody = queued.json();
        assertThat(queuedBody.get("error_code").asText()).isEqualTo("DEVPIPE.00011169");
        String second = queuedBody.get("pipeline_run_id").asText();
        assertThat(queuedBody.get("queue_id").asText()).isNotBlank();
        assertThat(detail(pipeline, second).get("status").asText()).isEqualTo("QUEUED");

        http.post(base + pipeline + "/pipeline-runs/" + first + "/stop", null);
        JsonNode started = detail(pipeline, second);
        assertThat(started.get("status").asText()).isEqualTo("RUNNING");
        assertThat(started.get("run_number").asInt()).isEqualTo(2);

        emulator.settings().concurrencyMode(EmulatorSettings.ConcurrencyMode.REJECT);
        JsonNode rejected = http.post(base + pipeline + "/run", "{}").json();
        assertThat(rejected.get("error_code").asText()).isEqualTo("DEVPIPE.00011104");
        assertThat(rejected.get("error_msg").asText()).isEqualTo("Maximum concurrent runs of a single pipeline is 1");
        assertThat(rejected.has("pipeline_run_id")).isFalse();

        emulator.settings().maxConcurrentRunsPerPipeline(5).maxConcurrentRunsPerTenant(1);
        JsonNode tenant = http.post(base + emulator.demo().demoPipelineId() + "/run", "{}").json();
        assertThat(tenant.get("error_code").asText()).isEqualTo("DEVPIPE.00011105");
        emulator.settings().concurrencyMode(EmulatorSettings.ConcurrencyMode.QUEUE);
        assertThat(http.post(base + emulator.demo().demoPipelineId() + "/run", "{}").json().get("error_code").asText())
                .isEqualTo("DEVPIPE.00011170");
    }

    @Test
    void badRequestsGetDocumentedErrorsNamingTheField() {
        String pipeline = emulator.demo().demoPipelineId();
        Reply missingValue = http.post(base + pipeline + "/run", "{\"variables\":[{\"name\":\"X\"}]}");
        assertThat(missingValue.status()).isEqualTo(400);
        assertThat(missingValue.json().get("error_code").asText()).isEqualTo("DEVCP.00014004");
        assertThat(missingValue.json().get("error_msg").asText()).contains("variables[0].value");

        Reply badJson = http.post(base + pipeline + "/run", "{\"variables\":");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("error_msg").asText()).contains("not valid JSON");

        Reply unknownJob = http.post(base + pipeline + "/run", "{\"choose_jobs\":[\"NOPE\"]}");
        assertThat(unknownJob.json().get("error_code").asText()).isEqualTo("DEVPIPE.00011132");
        Reply emptyChoice = http.post(base + pipeline + "/run", "{\"choose_jobs\":[]}");
        assertThat(emptyChoice.json().get("error_code").asText()).isEqualTo("DEVPIPE.00011129");

        Reply noPipeline = http.post(base + "ffffffffffffffffffffffffffffffff/run", "{}");
        assertThat(noPipeline.status()).isEqualTo(200);
        assertThat(noPipeline.json().get("error_code").asText()).isEqualTo("DEVPIPE.00011401");

        String runId = run(pipeline, "{\"choose_jobs\":[\"JOB_BUILD\"]}");
        JsonNode detail = detail(pipeline, runId);
        assertThat(job(detail, "Unit tests").get("status").asText()).isEqualTo("UNSELECTED");
        assertThat(stage(detail, "Test").get("is_select").asBoolean()).isFalse();
        JsonNode buildJob = job(detail, "Compile and package");
        Reply noLimit = logs(pipeline, runId, buildJob, step(buildJob, "Maven build"), "{\"sort\":\"asc\"}");
        assertThat(noLimit.status()).isEqualTo(400);
        assertThat(noLimit.json().get("error_msg").asText()).contains("'limit' is required");
        Reply badSort = logs(pipeline, runId, buildJob, step(buildJob, "Maven build"), "{\"limit\":5,\"sort\":\"up\"}");
        assertThat(badSort.json().get("error_msg").asText()).contains("'sort' must be one of [asc, desc], was 'up'");

        advanceSeconds(60);
        assertThat(detail(pipeline, runId).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void createdPipelinesRunTheirDefinitionAndRunningOnesCannotBeDeleted() {
        String project = emulator.demo().projectId();
        String definition = "{\\\"stages\\\":[{\\\"name\\\":\\\"Only\\\",\\\"jobs\\\":[{\\\"name\\\":\\\"J\\\",\\\"steps\\\":"
                + "[{\\\"name\\\":\\\"Shell\\\",\\\"task\\\":\\\"official_shell_plugin\\\",\\\"duration\\\":\\\"3s\\\"}]}]}]}";
        Reply created = http.post(base, "{\"name\":\"made-by-test\",\"definition\":\"" + definition + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String pipelineId = created.json().get("pipeline_id").asText();
        String runId = run(pipelineId, "{}");

        Reply busy = http.delete(base + pipelineId);
        assertThat(busy.json().get("error_code").asText()).isEqualTo("DEVPIPE.00011408");
        advanceSeconds(10);
        assertThat(detail(pipelineId, runId).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(http.delete(base + pipelineId).json().get("pipeline_id").asText()).isEqualTo(pipelineId);
        assertThat(http.post(base + pipelineId + "/run", "{}").json().get("error_code").asText()).isEqualTo("DEVPIPE.00011401");

        Reply badDefinition = http.post(base, "{\"name\":\"x\",\"definition\":\"{not json\"}");
        assertThat(badDefinition.status()).isEqualTo(400);
        assertThat(badDefinition.json().get("error_msg").asText()).contains("'definition'");

        String templateUrl = "/v5/" + project + "/api/pipeline-templates/" + emulator.demo().demoTemplateId() + "/create-pipeline";
        Reply fromTemplate = http.post(templateUrl, "{\"name\":\"from-template\",\"is_publish\":false,\"sources\":[]}");
        assertThat(fromTemplate.status()).as(fromTemplate.body()).isEqualTo(200);
        String templated = fromTemplate.json().get("pipeline_id").asText();
        String templatedRun = run(templated, "{}");
        assertThat(stage(detail(templated, templatedRun), "Deploy").get("status").asText()).isEqualTo("INIT");

        Reply noTemplate = http.post("/v5/" + project + "/api/pipeline-templates/nope/create-pipeline",
                "{\"name\":\"x\",\"is_publish\":false,\"sources\":[]}");
        assertThat(noTemplate.status()).isEqualTo(400);
        assertThat(noTemplate.json().get("error_code").asText()).isEqualTo("DEVCP.00021006");
        Reply noName = http.post(templateUrl, "{\"is_publish\":false,\"sources\":[]}");
        assertThat(noName.json().get("error_msg").asText()).contains("'name' is required");
    }
}
