package io.jenkins.plugins.codearts.client.emulator;

import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.assertCarriesEveryField;
import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.assertSendsEveryModelField;
import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.RetryPolicy;
import io.jenkins.plugins.codearts.client.pipeline.PipelinesApi;
import io.jenkins.plugins.codearts.client.pipeline.model.BuildParams;
import io.jenkins.plugins.codearts.client.pipeline.model.CodeSource;
import io.jenkins.plugins.codearts.client.pipeline.model.CodeSourceParams;
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
import io.jenkins.plugins.codearts.client.pipeline.model.RunSource;
import io.jenkins.plugins.codearts.client.pipeline.model.RunSourceParams;
import io.jenkins.plugins.codearts.client.pipeline.model.StageRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogPage;
import io.jenkins.plugins.codearts.client.pipeline.model.StepLogRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.StepRun;
import io.jenkins.plugins.codearts.client.pipeline.model.StepStatus;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import io.jenkins.plugins.codearts.emulator.EmulatorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 13 typed Pipeline chapter-4.2 operations against the team's emulator over loopback, once signed with AK/SK and
 * once with an IAM token fetched from the emulator's {@code /v3/auth/tokens}. The client and the emulator were
 * written separately from the same documents; every typed answer is also compared field by field with the JSON the
 * emulator sent ({@link WireAgreement}), so a field one side misread fails here. The IDE chapter is in
 * {@link IdeLifecycleEmulatorTest}.
 */
class LifecycleEmulatorTest {

    /** Simulated time runs 40x faster: the demo run reaches its review after about 2 s of wall time. */
    static final double SPEED = 40;
    static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * The client reads the run detail's {@code sources[].params.build_params} with the LatestRun record, which has
     * {@code git_url}; Doc A table 4-53 (the detail's build_params) lists every LatestRun field but that one.
     */
    static final String DETAIL_FIELDS_NOT_DOCUMENTED = "$.sources[].params.build_params.git_url";

    /** A review stage, then a 10 min step (15 s of wall time): always seen running before it is stopped. */
    private static final String GATE_THEN_SHIP = """
            {"stages":[
              {"name":"Gate","identifier":"STAGE_GATE","jobs":[{"name":"Approve","identifier":"JOB_GATE",
                "steps":[{"name":"Approval","task":"official_devcloud_checkpoint"}]}]},
              {"name":"Ship","identifier":"STAGE_SHIP","jobs":[{"name":"Ship","identifier":"JOB_SHIP",
                "steps":[{"name":"Ship it","duration":"10m","logs":["shipping"]}]}]}]}""";

    private static final String GIT_URL = "https://codehub.example.com/demo/demo-java-service.git";
    private static final String CODEHUB_ID = "2111677704";

    private static CodeArtsEmulator emulator;
    private static DemoAccount demo;

    enum Credential { AK_SK, IAM_PASSWORD }

    @BeforeAll
    static void startEmulator() {
        emulator = CodeArtsEmulator.builder().port(0).speed(SPEED).build().start();
        demo = emulator.demo();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    /** A client for the emulator with the given credentials; {@code wire} sees every request and response body. */
    static CodeArtsClient client(CodeArtsEmulator emulator, DemoAccount demo, Credential credential,
            WireRecorder wire) {
        CodeArtsConfig.Builder config = CodeArtsConfig.builder()
                .region(demo.region())
                .iamProjectId(demo.iamProjectId())
                .pipelineEndpoint(emulator.baseUrl())
                .ideEndpoint(emulator.baseUrl())
                .iamEndpoint(emulator.baseUrl())
                .httpConnector(OkHttpConnector.of(new OkHttpClient.Builder().addInterceptor(wire).build()))
                .retryPolicy(RetryPolicy.none());
        if (credential == Credential.AK_SK) {
            config.credentials(AkSkCredentials.of(demo.accessKey(), demo.secretKey())).domainId(demo.domainId());
        } else {
            config.credentials(PasswordCredentials.of(demo.domainName(), demo.userName(), demo.password()));
        }
        return CodeArtsClient.create(config.build());
    }

    static <T> T await(String what, Supplier<T> poll, Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last = poll.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + WAIT + " waiting for " + what + "; last answer: " + last);
            }
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = poll.get();
        }
        return last;
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void demoRunIsFollowedThroughTypedModelsAndPassedReview(Credential credential) {
        WireRecorder wire = new WireRecorder();
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            PipelinesApi pipelines = client.pipeline().pipelines();
            String project = demo.projectId();
            String pipelineId = demo.demoPipelineId();
            String version = "7.1." + credential.ordinal();

            RunPipelineResponse started = pipelines.runPipeline(project, pipelineId, RunPipelineRequest.builder()
                    .description("typed cross-check " + credential).variable("RELEASE_VERSION", version)
                    .branch(GIT_URL, CODEHUB_ID, "release-7").build());
            assertThat(started.queued()).isFalse();
            assertThat(started.pipelineRunId()).isNotBlank();
            String runId = started.pipelineRunId();

            // Detail while the run runs (it stays RUNNING until its review is decided, so a slow machine cannot
            // miss the moment): every level typed, no status left UNKNOWN.
            PipelineRunDetail running = pipelines.showPipelineRunDetail(project, pipelineId, runId);
            assertCarriesEveryField("showPipelineRunDetail (running)", parse(wire.lastBody()), running);
            assertSendsEveryModelField("showPipelineRunDetail", parse(wire.lastBody()), PipelineRunDetail.class,
                    DETAIL_FIELDS_NOT_DOCUMENTED);
            assertThat(running.id()).isEqualTo(runId);
            assertThat(running.pipelineId()).isEqualTo(pipelineId);
            assertThat(running.projectId()).isEqualTo(project);
            assertThat(running.status()).isEqualTo(PipelineRunStatus.RUNNING);
            assertThat(running.runNumber()).isPositive();
            assertThat(running.startTime()).isPositive();
            assertThat(running.endTime()).isNull();
            assertThat(running.executorName()).isEqualTo(demo.userName());
            assertThat(running.description()).isEqualTo("typed cross-check " + credential);
            assertThat(running.detailUrl()).isEqualTo(emulator.baseUrl() + "/ui/projects/" + project + "/pipelines/"
                    + pipelineId + "/runs/" + runId);
            assertThat(running.sources()).singleElement().satisfies(source -> {
                assertThat(source.params().gitUrl()).isEqualTo(GIT_URL);
                assertThat(source.params().codehubId()).isEqualTo(CODEHUB_ID);
                assertThat(source.params().buildParams().buildType()).isEqualTo("branch");
                assertThat(source.params().buildParams().targetBranch()).isEqualTo("release-7");
                assertThat(source.params().buildParams().commitId()).isNotBlank();
            });
            assertThat(running.stages()).extracting(StageRun::name).containsExactly("Build", "Test", "Deploy");
            assertEveryNodeTyped(running);
            StageRun build = running.stages().get(0);
            assertThat(build.pre()).singleElement().satisfies(step -> {
                assertThat(step.task()).isEqualTo("official_devcloud_autoTrigger");
                assertThat(step.status()).isEqualTo(StepStatus.COMPLETED);
                assertThat(step.startTime()).isPositive();
                assertThat(step.endTime()).isPositive();
            });
            assertThat(build.post()).isEmpty();
            assertThat(build.startTime()).isPositive();
            assertThat(build.jobs().get(0).steps()).extracting(StepRun::name)
                    .containsExactly("Code checkout", "Maven build", "Upload artifact");
            assertThat(build.status()).isIn(NodeStatus.RUNNING, NodeStatus.COMPLETED);
            assertThat(running.stages().get(2).status()).isIn(NodeStatus.INIT, NodeStatus.RUNNING);

            // The stage's entry step has no job: its log is read with the stage id as job_run_id.
            String preLog = readWholeLog(pipelines, project, pipelineId, runId, build.id(), build.pre().get(0).id(), 1,
                    wire);
            assertThat(preLog).isNotEmpty().endsWith("\n");

            // Page the finished Maven build log three lines at a time with the string offsets.
            PipelineRunDetail built = await("the Build stage to complete",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, runId),
                    d -> d.stages().get(0).status() == NodeStatus.COMPLETED);
            JobRun buildJob = built.stages().get(0).jobs().get(0);
            StepRun maven = buildJob.steps().get(1);
            assertThat(maven.status()).isEqualTo(StepStatus.COMPLETED);
            assertThat(maven.endTime()).isGreaterThanOrEqualTo(maven.startTime());
            assertThat(buildJob.status()).isEqualTo(NodeStatus.COMPLETED);
            long pagesBefore = wire.count("POST", "/steps/" + maven.id() + "/logs");
            String paged = readWholeLog(pipelines, project, pipelineId, runId, buildJob.id(), maven.id(), 3, wire);
            assertThat(wire.count("POST", "/steps/" + maven.id() + "/logs") - pagesBefore).isGreaterThan(3);
            StepLogPage whole = pipelines.showStepLogs(project, pipelineId, runId, buildJob.id(), maven.id(),
                    new StepLogRequest(0L, null, 10_000L, "asc"));
            assertCarriesEveryField("showStepLogs (whole)", parse(wire.lastBody()), whole);
            assertSendsEveryModelField("showStepLogs", parse(wire.lastBody()), StepLogPage.class);
            assertThat(whole.moreAvailable()).isFalse();
            assertThat(whole.startOffset()).isEqualTo("0");
            assertThat(whole.nextStartOffset()).isEqualTo(whole.log().length());
            assertThat(paged).isEqualTo(whole.log());
            assertThat(paged).contains("[INFO] Building demo-java-service " + version,
                    "Building jar: /workspace/target/demo-java-service-" + version + ".jar", "[INFO] BUILD SUCCESS");
            assertThat(paged.indexOf("Scanning for projects")).isLessThan(paged.indexOf("BUILD SUCCESS"));

            // The release review: wait until its step is pending, then pass it.
            PipelineRunDetail waiting = await("the release review to be pending",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, runId),
                    d -> d.stages().get(2).jobs().get(0).steps().get(0).status() == StepStatus.RUNNING);
            assertCarriesEveryField("showPipelineRunDetail (review pending)", parse(wire.lastBody()), waiting);
            assertEveryNodeTyped(waiting);
            JobRun deploy = waiting.stages().get(2).jobs().get(0);
            StepRun review = deploy.steps().get(0);
            assertThat(review.isManualReview()).isTrue();
            assertThat(review.inputs()).isNotEmpty();
            assertThat(deploy.status().isWaitingForPerson()).isTrue();
            assertThat(pipelines.passManualReview(project, pipelineId, runId, deploy.id(), review.id())).isTrue();

            // A decided review cannot be decided again: an HTTP-200 business error, typed.
            assertThatThrownBy(() -> pipelines.refuseManualReview(project, pipelineId, runId, deploy.id(), review.id()))
                    .isInstanceOfSatisfying(CodeArtsApiException.class, error -> {
                        assertThat(error.errorCode()).isEqualTo("DEVCP.00014004");
                        assertThat(error.httpStatus()).isEqualTo(200);
                        assertThat(error.requestId()).isNotBlank();
                        assertThat(error.operation()).isEqualTo("refuseManualReview");
                    });

            PipelineRunDetail done = await("the run to complete",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, runId),
                    d -> d.status().isTerminal());
            assertCarriesEveryField("showPipelineRunDetail (completed)", parse(wire.lastBody()), done);
            assertThat(done.status()).isEqualTo(PipelineRunStatus.COMPLETED);
            assertThat(done.endTime()).isGreaterThanOrEqualTo(done.startTime());
            assertThat(done.stages()).allSatisfy(stage -> assertThat(stage.status()).isEqualTo(NodeStatus.COMPLETED));
            assertEveryNodeTyped(done);
            PipelineRunDetail latest = pipelines.showPipelineRunDetail(project, pipelineId, null);
            assertThat(latest.id()).isEqualTo(runId);

            listRunsAndStatus(pipelines, wire, project, pipelineId, runId, done);
            listPipelines(pipelines, wire, project, pipelineId, runId);
        }
        assertTokenUse(credential, wire);
    }

    private static void listRunsAndStatus(PipelinesApi pipelines, WireRecorder wire, String project,
            String pipelineId, String runId, PipelineRunDetail done) {
        PipelineRunList firstPage = pipelines.listPipelineRuns(project, pipelineId,
                ListPipelineRunsRequest.all().page(0, 10));
        assertCarriesEveryField("listPipelineRuns", parse(wire.lastBody()), firstPage);
        assertSendsEveryModelField("listPipelineRuns", parse(wire.lastBody()), PipelineRunList.class);
        assertThat(firstPage.total()).isPositive();
        assertThat(firstPage.offset()).isZero();
        assertThat(firstPage.limit()).isEqualTo(10);
        PipelineRunSummary ours = firstPage.pipelineRuns().stream().filter(r -> r.pipelineRunId().equals(runId))
                .findFirst().orElseThrow();
        assertThat(ours.pipelineId()).isEqualTo(pipelineId);
        assertThat(ours.status()).isEqualTo(PipelineRunStatus.COMPLETED);
        assertThat(ours.runNumber()).isEqualTo(done.runNumber());
        assertThat(ours.startTime()).isEqualTo(done.startTime());
        assertThat(ours.endTime()).isEqualTo(done.endTime());
        assertThat(ours.detailUrl()).isEqualTo(done.detailUrl());
        assertThat(ours.modifyUrl()).isNotBlank();
        assertThat(ours.buildParams().buildType()).isEqualTo("branch");
        assertThat(ours.buildParams().targetBranch()).isEqualTo("release-7");
        assertThat(ours.buildParams().gitUrl()).isEqualTo(GIT_URL);
        assertThat(ours.buildParams().codehubId()).isEqualTo(CODEHUB_ID);
        assertThat(ours.stageStatusList()).hasSize(3).allSatisfy(stage -> {
            assertThat(stage.id()).isNotBlank();
            assertThat(stage.status()).isEqualTo(NodeStatus.COMPLETED);
            assertThat(stage.startTime()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        });

        // Lazy iteration one run per page: nothing is fetched before iteration, then one request per page.
        long before = wire.count("POST", "/pipeline-runs/list");
        var lazy = pipelines.iteratePipelineRuns(project, pipelineId, ListPipelineRunsRequest.all(), 1);
        assertThat(wire.count("POST", "/pipeline-runs/list")).isEqualTo(before);
        List<String> iterated = lazy.stream().map(PipelineRunSummary::pipelineRunId).toList();
        assertThat(iterated).hasSize(firstPage.total()).doesNotHaveDuplicates().contains(runId);
        assertThat(wire.count("POST", "/pipeline-runs/list") - before).isBetween((long) firstPage.total(),
                firstPage.total() + 1L);

        // Doc A gives limit no maximum: a page larger than the run count holds every run.
        PipelineRunList everything = pipelines.listPipelineRuns(project, pipelineId,
                ListPipelineRunsRequest.all().page(0, 500));
        assertThat(everything.limit()).isEqualTo(500);
        assertThat(everything.pipelineRuns()).hasSize(everything.total());

        List<PipelineRunSummary> status = pipelines.batchShowPipelineStatus(project, List.of(pipelineId));
        JsonNode statusWire = parse(wire.lastBody());
        assertThat(status).singleElement().satisfies(latest -> {
            assertCarriesEveryField("batchShowPipelineStatus", statusWire.get(0), latest);
            // The inventory (4.2.2): "The stage items have no id field"; the list calls send it.
            assertSendsEveryModelField("batchShowPipelineStatus", statusWire.get(0), PipelineRunSummary.class,
                    "$.stage_status_list[].id");
            assertThat(latest.pipelineRunId()).isEqualTo(runId);
            assertThat(latest.status()).isEqualTo(PipelineRunStatus.COMPLETED);
            assertThat(latest.stageStatusList()).extracting(s -> s.status()).containsOnly(NodeStatus.COMPLETED);
        });
    }

    private static void listPipelines(PipelinesApi pipelines, WireRecorder wire, String project, String pipelineId,
            String runId) {
        PipelineList list = pipelines.listPipelines(project, ListPipelinesRequest.all().page(0, 500));
        assertCarriesEveryField("listPipelines", parse(wire.lastBody()), list);
        assertSendsEveryModelField("listPipelines", parse(wire.lastBody()), PipelineList.class);
        assertThat(list.total()).isGreaterThanOrEqualTo(2);
        PipelineSummary demoPipeline = list.pipelines().stream().filter(p -> p.pipelineId().equals(pipelineId))
                .findFirst().orElseThrow();
        assertThat(demoPipeline.name()).isEqualTo("demo-java-service");
        assertThat(demoPipeline.projectId()).isEqualTo(project);
        assertThat(demoPipeline.createTime()).isPositive();
        assertThat(demoPipeline.latestRun().pipelineRunId()).isEqualTo(runId);
        assertThat(demoPipeline.latestRun().status()).isEqualTo(PipelineRunStatus.COMPLETED);

        long before = wire.count("POST", "/pipelines/list");
        List<String> lazy = pipelines.iteratePipelines(project, ListPipelinesRequest.all(), 1).stream()
                .map(PipelineSummary::pipelineId).toList();
        assertThat(lazy).hasSize(list.total()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(list.pipelines().stream().map(PipelineSummary::pipelineId)
                        .toList());
        assertThat(wire.count("POST", "/pipelines/list") - before).isGreaterThanOrEqualTo(list.total());
    }

    /**
     * A pipeline of our own (review, then a long step): refuse its review, retry the failed run, stop it while the
     * review waits again, then delete it; and a pipeline from the demo template, created and deleted.
     */
    @ParameterizedTest
    @EnumSource(Credential.class)
    void ownPipelineIsRefusedRetriedStoppedAndDeleted(Credential credential) {
        WireRecorder wire = new WireRecorder();
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            PipelinesApi pipelines = client.pipeline().pipelines();
            String project = demo.projectId();
            String name = "typed-check-" + credential.name().toLowerCase().replace('_', '-');
            String pipelineId = pipelines.createPipeline(project, null, new CreatePipelineRequest(name,
                    "created by the typed cross-check", false, List.of(source()), null, null, null, "3.0",
                    GATE_THEN_SHIP, null, null, null)).pipelineId();
            assertThat(pipelineId).isNotBlank();

            PipelineList found = pipelines.listPipelines(project, new ListPipelinesRequest(null, null, name, null, null,
                    null, null, null, null, 0L, 10L, null, null, null, null, null));
            assertCarriesEveryField("listPipelines (never ran)", parse(wire.lastBody()), found);
            assertSendsEveryModelField("listPipelines (never ran)", parse(wire.lastBody()), PipelineList.class);
            assertThat(found.pipelines()).singleElement().satisfies(p -> {
                assertThat(p.pipelineId()).isEqualTo(pipelineId);
                assertThat(p.latestRun()).isNull();
            });
            assertThat(pipelines.batchShowPipelineStatus(project, List.of(pipelineId))).isEmpty();

            String runId = pipelines.runPipeline(project, pipelineId,
                    RunPipelineRequest.builder().tag(GIT_URL, CODEHUB_ID, "v1.0.0").build()).pipelineRunId();
            PipelineRunDetail pending = awaitReviewPending(pipelines, project, pipelineId, runId);
            assertThat(pending.sources()).singleElement().satisfies(source -> {
                assertThat(source.params().buildParams().buildType()).isEqualTo("tag");
                assertThat(source.params().buildParams().tag()).isEqualTo("v1.0.0");
            });
            JobRun gate = pending.stages().get(0).jobs().get(0);
            assertThatThrownBy(() -> pipelines.deletePipeline(project, pipelineId))
                    .as("a pipeline with an unfinished run cannot be deleted")
                    .isInstanceOfSatisfying(CodeArtsApiException.class,
                            error -> assertThat(error.errorCode()).isIn("DEVPIPE.0011408", "DEVPIPE.00011408"));
            assertThat(pipelines.refuseManualReview(project, pipelineId, runId, gate.id(), gate.steps().get(0).id()))
                    .isTrue();
            PipelineRunDetail refused = await("the refused run to fail",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, runId), d -> d.status().isTerminal());
            assertCarriesEveryField("showPipelineRunDetail (refused)", parse(wire.lastBody()), refused);
            assertSendsEveryModelField("showPipelineRunDetail (own pipeline)", parse(wire.lastBody()),
                    PipelineRunDetail.class, DETAIL_FIELDS_NOT_DOCUMENTED);
            assertThat(refused.status()).isEqualTo(PipelineRunStatus.FAILED);
            assertThat(refused.stages().get(0).jobs().get(0).steps().get(0).status()).isEqualTo(StepStatus.FAILED);
            assertThat(refused.stages().get(1).status()).isEqualTo(NodeStatus.INIT);
            assertEveryNodeTyped(refused);

            // Retry runs the same run again from the refused stage, so the review is pending once more.
            assertThat(pipelines.retryPipelineRun(project, pipelineId, runId)).isTrue();
            PipelineRunDetail again = awaitReviewPending(pipelines, project, pipelineId, runId);
            assertThat(again.runNumber()).isEqualTo(refused.runNumber());
            assertThat(again.status()).isNotEqualTo(PipelineRunStatus.FAILED);

            assertThat(pipelines.stopPipelineRun(project, pipelineId, runId)).isTrue();
            PipelineRunDetail stopped = await("the stopped run to be canceled",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, runId), d -> d.status().isTerminal());
            assertCarriesEveryField("showPipelineRunDetail (stopped)", parse(wire.lastBody()), stopped);
            assertThat(stopped.status()).isEqualTo(PipelineRunStatus.CANCELED);
            assertThat(stopped.endTime()).isNotNull();
            assertThat(stopped.stages().get(0).status()).isEqualTo(NodeStatus.CANCELED);
            assertEveryNodeTyped(stopped);
            // Stopping a finished run is accepted and changes nothing.
            assertThat(pipelines.stopPipelineRun(project, pipelineId, runId)).isTrue();

            // A source without params is allowed (table 4-30 marks only type mandatory); the run builds the
            // pipeline's own repository and the detail still carries every documented source field.
            String plainRun = pipelines.runPipeline(project, pipelineId, RunPipelineRequest.builder()
                    .source(new RunSource("code", null)).build()).pipelineRunId();
            PipelineRunDetail plain = pipelines.showPipelineRunDetail(project, pipelineId, plainRun);
            assertCarriesEveryField("showPipelineRunDetail (source without params)", parse(wire.lastBody()), plain);
            assertSendsEveryModelField("showPipelineRunDetail (source without params)", parse(wire.lastBody()),
                    PipelineRunDetail.class, DETAIL_FIELDS_NOT_DOCUMENTED);
            assertThat(plain.sources()).singleElement().satisfies(source -> {
                assertThat(source.type()).isEqualTo("code");
                assertThat(source.params().buildParams().buildType()).isEqualTo("branch");
            });
            pipelines.stopPipelineRun(project, pipelineId, plainRun);
            await("the run without params to stop", () -> pipelines.showPipelineRunDetail(project, pipelineId,
                    plainRun), d -> d.status().isTerminal());

            assertThat(pipelines.deletePipeline(project, pipelineId).pipelineId()).isEqualTo(pipelineId);
            assertThatThrownBy(() -> pipelines.showPipelineRunDetail(project, pipelineId, runId))
                    .isInstanceOfSatisfying(CodeArtsApiException.class,
                            error -> assertThat(error.errorCode()).isIn("DEVPIPE.0011401", "DEVPIPE.00011401"));

            String fromTemplate = pipelines.createPipelineByTemplate(project, demo.demoTemplateId(), null,
                    new CreatePipelineByTemplateRequest(name + "-tpl", "from the demo template", false,
                            List.of(source()), null)).pipelineId();
            assertThat(fromTemplate).isNotBlank().isNotEqualTo(pipelineId);
            assertThat(pipelines.listPipelines(project, new ListPipelinesRequest(null, null, name + "-tpl", null, null,
                    null, null, null, null, 0L, 10L, null, null, null, null, null)).pipelines())
                    .extracting(PipelineSummary::pipelineId).containsExactly(fromTemplate);
            String templateRun = pipelines.runPipeline(project, fromTemplate, null).pipelineRunId();
            PipelineRunDetail templateDetail = pipelines.showPipelineRunDetail(project, fromTemplate, templateRun);
            assertThat(templateDetail.stages()).extracting(StageRun::name).containsExactly("Build", "Deploy");
            pipelines.stopPipelineRun(project, fromTemplate, templateRun);
            await("the template run to stop", () -> pipelines.showPipelineRunDetail(project, fromTemplate, templateRun),
                    d -> d.status().isTerminal());
            assertThat(pipelines.deletePipeline(project, fromTemplate).pipelineId()).isEqualTo(fromTemplate);
        }
        assertTokenUse(credential, wire);
    }

    /**
     * The statuses only some runs reach: a run queued behind the concurrency limit (typed as queued, not thrown),
     * stages left out by {@code choose_stages} (UNSELECTED), and a review wait shown as SUSPEND.
     */
    @ParameterizedTest
    @EnumSource(Credential.class)
    void queuedUnselectedAndSuspendedRunsAreTyped(Credential credential) {
        WireRecorder wire = new WireRecorder();
        emulator.settings().maxConcurrentRunsPerPipeline(1)
                .reviewWaitRunStatus(EmulatorSettings.ReviewWaitRunStatus.SUSPEND)
                .reviewWaitJobStatus(EmulatorSettings.ReviewWaitJobStatus.SUSPEND);
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            PipelinesApi pipelines = client.pipeline().pipelines();
            String project = demo.projectId();
            String pipelineId = pipelines.createPipeline(project, null, new CreatePipelineRequest(
                    "typed-queue-" + credential.ordinal(), null, false, List.of(source()), null, null, null, "3.0",
                    GATE_THEN_SHIP, null, null, null)).pipelineId();

            String first = pipelines.runPipeline(project, pipelineId, null).pipelineRunId();
            PipelineRunDetail suspended = awaitReviewPending(pipelines, project, pipelineId, first);
            assertCarriesEveryField("showPipelineRunDetail (suspended)", parse(wire.lastBody()), suspended);
            assertThat(suspended.status()).isEqualTo(PipelineRunStatus.SUSPEND);
            assertThat(suspended.stages().get(0).jobs().get(0).status()).isEqualTo(NodeStatus.SUSPEND);

            RunPipelineResponse queued = pipelines.runPipeline(project, pipelineId,
                    RunPipelineRequest.builder().chooseStages(List.of("STAGE_SHIP")).build());
            assertThat(queued.queued()).isTrue();
            assertThat(queued.queueId()).isNotBlank();
            assertThat(queued.errorCode()).isIn("DEVPIPE.00011169", "DEVPIPE.0011169");
            assertThat(queued.errorMessage()).isNotBlank();
            String second = queued.pipelineRunId();
            PipelineRunDetail waiting = pipelines.showPipelineRunDetail(project, pipelineId, second);
            assertCarriesEveryField("showPipelineRunDetail (queued)", parse(wire.lastBody()), waiting);
            assertThat(waiting.status()).isEqualTo(PipelineRunStatus.QUEUED);
            assertThat(waiting.stages().get(0).status()).isEqualTo(NodeStatus.UNSELECTED);
            assertThat(waiting.stages().get(0).isSelect()).isFalse();
            assertThat(waiting.stages().get(0).jobs().get(0).status()).isEqualTo(NodeStatus.UNSELECTED);
            assertEveryNodeTyped(waiting);

            // In REJECT mode the limit is a business error and no run is created.
            emulator.settings().concurrencyMode(EmulatorSettings.ConcurrencyMode.REJECT);
            try {
                assertThatThrownBy(() -> pipelines.runPipeline(project, pipelineId, null))
                        .isInstanceOfSatisfying(CodeArtsApiException.class, error -> {
                            assertThat(error.operation()).isEqualTo("runPipeline");
                            assertThat(error.httpStatus()).isEqualTo(200);
                            assertThat(error.errorCode()).isIn("DEVPIPE.00011104", "DEVPIPE.0011104");
                            assertThat(error.errorMessage()).contains("1");
                            assertThat(error.requestId()).isNotBlank();
                        });
            } finally {
                emulator.settings().concurrencyMode(EmulatorSettings.ConcurrencyMode.QUEUE);
            }
            assertThat(pipelines.listPipelineRuns(project, pipelineId, new ListPipelineRunsRequest(null, null, null,
                    null, null, null, "asc")).pipelineRuns()).extracting(PipelineRunSummary::pipelineRunId)
                    .containsExactly(first, second);

            // Status filters of listPipelineRuns are the typed enum names.
            assertThat(pipelines.listPipelineRuns(project, pipelineId, new ListPipelineRunsRequest(List.of("QUEUED"),
                    null, null, 0L, 10L, null, null)).pipelineRuns()).extracting(PipelineRunSummary::pipelineRunId)
                    .containsExactly(second);
            PipelineRunList suspendedRuns = pipelines.listPipelineRuns(project, pipelineId,
                    new ListPipelineRunsRequest(List.of("SUSPEND"), 0L, null, 0L, 10L, "start_time", "DESC"));
            assertCarriesEveryField("listPipelineRuns (filtered)", parse(wire.lastBody()), suspendedRuns);
            assertThat(suspendedRuns.pipelineRuns()).extracting(PipelineRunSummary::pipelineRunId)
                    .containsExactly(first);

            // Stopping the first run frees the slot: the queued one starts with its only selected stage.
            assertThat(pipelines.stopPipelineRun(project, pipelineId, first)).isTrue();
            PipelineRunDetail shipping = await("the queued run to start shipping",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, second),
                    d -> d.stages().get(1).jobs().get(0).steps().get(0).status() == StepStatus.RUNNING);
            assertThat(shipping.status()).isEqualTo(PipelineRunStatus.RUNNING);
            assertThat(pipelines.stopPipelineRun(project, pipelineId, second)).isTrue();
            PipelineRunDetail canceled = await("the second run to stop",
                    () -> pipelines.showPipelineRunDetail(project, pipelineId, second), d -> d.status().isTerminal());
            assertThat(canceled.status()).isEqualTo(PipelineRunStatus.CANCELED);
            assertThat(canceled.stages().get(0).status()).isEqualTo(NodeStatus.UNSELECTED);
            JobRun ship = canceled.stages().get(1).jobs().get(0);
            assertThat(ship.steps().get(0).status()).isEqualTo(StepStatus.CANCELED);

            // Reading backwards: the last line of the canceled step, the same text as the end of a forward read.
            String forward = readWholeLog(pipelines, project, pipelineId, second, ship.id(), ship.steps().get(0).id(),
                    2, wire);
            StepLogPage last = pipelines.showStepLogs(project, pipelineId, second, ship.id(), ship.steps().get(0).id(),
                    new StepLogRequest(null, null, 1L, "desc"));
            assertCarriesEveryField("showStepLogs (desc)", parse(wire.lastBody()), last);
            assertThat(last.log()).isNotEmpty();
            assertThat(forward).endsWith(last.log());
            assertThat(last.log()).contains("canceled");
            assertThat(last.moreAvailable()).isTrue();

            assertThat(pipelines.deletePipeline(project, pipelineId).pipelineId()).isEqualTo(pipelineId);
        } finally {
            emulator.settings().maxConcurrentRunsPerPipeline(2)
                    .reviewWaitRunStatus(EmulatorSettings.ReviewWaitRunStatus.RUNNING)
                    .reviewWaitJobStatus(EmulatorSettings.ReviewWaitJobStatus.PAUSED);
        }
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void businessErrorsAreTypedWithCodeAndRequestId(Credential credential) {
        WireRecorder wire = new WireRecorder();
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            PipelinesApi pipelines = client.pipeline().pipelines();
            String unknownPipeline = "0123456789abcdef0123456789abcdef";
            // HTTP 200 with error_code in the body.
            assertThatThrownBy(() -> pipelines.showPipelineRunDetail(demo.projectId(), unknownPipeline, null))
                    .isInstanceOfSatisfying(CodeArtsApiException.class, error -> {
                        assertThat(error.operation()).isEqualTo("showPipelineRunDetail");
                        assertThat(error.httpStatus()).isEqualTo(200);
                        assertThat(error.errorCode()).isIn("DEVPIPE.0011401", "DEVPIPE.00011401");
                        assertThat(error.errorMessage()).isNotBlank();
                        assertThat(error.requestId()).isNotBlank();
                        assertThat(error.getMessage()).contains(error.errorCode());
                    });
            // Doc A 4.2.8 marks name, is_publish and sources mandatory: the client refuses a missing one before
            // sending, and the emulator refuses it too when it is sent anyway.
            long sent = wire.count("POST", "/create-pipeline");
            assertThatThrownBy(() -> pipelines.createPipelineByTemplate(demo.projectId(), demo.demoTemplateId(), null,
                    new CreatePipelineByTemplateRequest("no-sources", null, false, null, null)))
                    .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class,
                            error -> assertThat(error.field()).isEqualTo("sources"));
            assertThatThrownBy(() -> pipelines.createPipelineByTemplate(demo.projectId(), demo.demoTemplateId(), null,
                    new CreatePipelineByTemplateRequest("no-flag", null, null, List.of(source()), null)))
                    .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class,
                            error -> assertThat(error.field()).isEqualTo("is_publish"));
            assertThat(wire.count("POST", "/create-pipeline")).isEqualTo(sent);
            // Mandatory means present: an empty list of sources is accepted by both sides.
            String noSources = pipelines.createPipelineByTemplate(demo.projectId(), demo.demoTemplateId(), null,
                    new CreatePipelineByTemplateRequest("empty-sources-" + credential.ordinal(), null, false, List.of(),
                            null)).pipelineId();
            assertThat(pipelines.deletePipeline(demo.projectId(), noSources).pipelineId()).isEqualTo(noSources);
            assertThatThrownBy(() -> client.call("createPipelineByTemplate", Map.of("project_id", demo.projectId(),
                    "template_id", demo.demoTemplateId()), null, "{\"name\":\"no-sources\",\"is_publish\":false}"))
                    .isInstanceOfSatisfying(CodeArtsApiException.class,
                            error -> assertThat(error.errorMessage()).contains("sources"));

            // Doc A 4.2.1: inside variables and sources, name/value, type, git_type, git_url and build_type are
            // mandatory. Both sides refuse a missing one, the client before sending.
            long runs = wire.count("POST", "/run");
            assertThatThrownBy(() -> pipelines.runPipeline(demo.projectId(), demo.demoPipelineId(),
                    RunPipelineRequest.builder().variable("RELEASE_VERSION", null).build()))
                    .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class,
                            error -> assertThat(error.field()).isEqualTo("variables[0].value"))
                    .hasMessageContaining("RELEASE_VERSION");
            assertThatThrownBy(() -> pipelines.runPipeline(demo.projectId(), demo.demoPipelineId(),
                    RunPipelineRequest.builder().source(new RunSource("code", new RunSourceParams("codehub", GIT_URL,
                            null, null, null, "master", null, CODEHUB_ID, null, new BuildParams(null, "commit", null,
                            null, null, null, null, null, null, null, null, null, null, null)))).build()))
                    .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class, error -> {
                        assertThat(error.field()).isEqualTo("sources[0].params.build_params.build_type");
                        assertThat(error.getMessage()).contains("commit");
                    });
            assertThat(wire.count("POST", "/run")).isEqualTo(runs);
            assertThatThrownBy(() -> client.call("runPipeline", Map.of("project_id", demo.projectId(),
                    "pipeline_id", demo.demoPipelineId()), null, "{\"variables\":[{\"name\":\"RELEASE_VERSION\"}]}"))
                    .isInstanceOfSatisfying(CodeArtsApiException.class,
                            error -> assertThat(error.errorMessage()).contains("variables[0].value"));
            assertThatThrownBy(() -> client.call("runPipeline", Map.of("project_id", demo.projectId(),
                    "pipeline_id", demo.demoPipelineId()), null, "{\"sources\":[{\"type\":\"code\",\"params\":"
                    + "{\"git_type\":\"codehub\",\"git_url\":\"" + GIT_URL + "\",\"build_params\":"
                    + "{\"build_type\":\"commit\"}}}]}"))
                    .isInstanceOfSatisfying(CodeArtsApiException.class,
                            error -> assertThat(error.errorMessage()).contains("build_type"));

            // A documented "busy" code sent with HTTP 200 (fault injection): the throttled subtype; runPipeline is
            // never repeated, so one injected answer is the call's outcome.
            emulator.faults().on("runPipeline").once().businessError("DEVPIPE.00011127", "System busy, retry later");
            try {
                assertThatThrownBy(() -> pipelines.runPipeline(demo.projectId(), demo.demoPipelineId(), null))
                        .isInstanceOfSatisfying(CodeArtsThrottledException.class, error -> {
                            assertThat(error.httpStatus()).isEqualTo(200);
                            assertThat(error.errorCode()).isEqualTo("DEVPIPE.00011127");
                            assertThat(error.errorMessage()).isEqualTo("System busy, retry later");
                            assertThat(error.requestId()).isNotBlank();
                        });
            } finally {
                emulator.faults().clear();
            }

            // HTTP 404 with an IDE code: the not-found subtype.
            assertThatThrownBy(() -> client.ide().instances().showIdeInstanceStatus("nosuch"))
                    .isInstanceOfSatisfying(CodeArtsNotFoundException.class, error -> {
                        assertThat(error.httpStatus()).isEqualTo(404);
                        assertThat(error.errorCode()).isEqualTo("IDE.00010030");
                        assertThat(error.requestId()).isNotBlank();
                    });
            // A field the emulator rejects (400) names it; the secret never shows.
            assertThatThrownBy(() -> pipelines.showStepLogs(demo.projectId(), demo.demoPipelineId(),
                    "0123456789abcdef0123456789abcdef", "job", "step", StepLogRequest.forward(0, 10)))
                    .isInstanceOf(CodeArtsApiException.class)
                    .satisfies(error -> assertThat(error.getMessage()).doesNotContain(demo.secretKey(),
                            demo.password()));
        }
    }

    private static PipelineRunDetail awaitReviewPending(PipelinesApi pipelines, String project, String pipelineId,
            String runId) {
        PipelineRunDetail pending = await("the review to be pending",
                () -> pipelines.showPipelineRunDetail(project, pipelineId, runId),
                d -> d.stages().get(0).jobs().get(0).steps().get(0).status() == StepStatus.RUNNING);
        JobRun gate = pending.stages().get(0).jobs().get(0);
        assertThat(gate.steps().get(0).isManualReview()).isTrue();
        assertThat(gate.status().isWaitingForPerson()).isTrue();
        return pending;
    }

    /** Reads a step's log forward {@code linesPerPage} lines at a time until has_more is false. */
    private static String readWholeLog(PipelinesApi pipelines, String project, String pipelineId, String runId,
            String jobRunId, String stepRunId, long linesPerPage, WireRecorder wire) {
        StringBuilder text = new StringBuilder();
        long offset = 0;
        for (int page = 0; page < 1_000; page++) {
            StepLogPage window = pipelines.showStepLogs(project, pipelineId, runId, jobRunId, stepRunId,
                    StepLogRequest.forward(offset, linesPerPage));
            assertCarriesEveryField("showStepLogs", parse(wire.lastBody()), window);
            assertThat(window.stepRunId()).isEqualTo(stepRunId);
            assertThat(window.startOffset()).isEqualTo(Long.toString(offset));
            assertThat(window.log().lines().count()).isLessThanOrEqualTo(linesPerPage);
            text.append(window.log());
            assertThat(window.nextStartOffset()).isEqualTo(offset + window.log().length());
            offset = window.nextStartOffset();
            if (!window.moreAvailable()) {
                return text.toString();
            }
        }
        throw new AssertionError("the log of step " + stepRunId + " never reported has_more=false");
    }

    /** Every stage, job and step has an id and a status the client knows (never UNKNOWN). */
    private static void assertEveryNodeTyped(PipelineRunDetail detail) {
        assertThat(detail.status()).isNotNull().isNotEqualTo(PipelineRunStatus.UNKNOWN);
        for (StageRun stage : detail.stages()) {
            assertThat(stage.id()).isNotBlank();
            assertThat(stage.status()).as("stage %s", stage.name()).isNotNull().isNotEqualTo(NodeStatus.UNKNOWN);
            List<StepRun> steps = new ArrayList<>(stage.pre());
            steps.addAll(stage.post());
            for (JobRun job : stage.jobs()) {
                assertThat(job.id()).isNotBlank();
                assertThat(job.status()).as("job %s", job.name()).isNotNull().isNotEqualTo(NodeStatus.UNKNOWN);
                steps.addAll(job.steps());
            }
            for (StepRun step : steps) {
                assertThat(step.id()).isNotBlank();
                assertThat(step.task()).isNotBlank();
                assertThat(step.status()).as("step %s", step.name()).isNotNull().isNotEqualTo(StepStatus.UNKNOWN);
            }
        }
    }

    private static CodeSource source() {
        return new CodeSource("code", new CodeSourceParams("codehub", CODEHUB_ID, null, "master", GIT_URL, null, null,
                "demo-java-service", null));
    }

    /** With a password the client fetched exactly one IAM token; with AK/SK none. */
    static void assertTokenUse(Credential credential, WireRecorder wire) {
        assertThat(wire.count("POST", "/v3/auth/tokens"))
                .isEqualTo(credential == Credential.IAM_PASSWORD ? 1 : 0);
    }
}
