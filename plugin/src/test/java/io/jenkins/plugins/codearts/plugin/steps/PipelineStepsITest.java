package io.jenkins.plugins.codearts.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.plugin.Await;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsRunAction;
import io.jenkins.plugins.codearts.plugin.runpage.RunPageModel;
import java.time.Duration;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Every Pipeline step in a real Pipeline job, against the emulator over loopback HTTP. */
@WithJenkins
class PipelineStepsITest {


    @RegisterExtension
    static final EmulatorFixture fixture = new EmulatorFixture();

    private JenkinsRule j;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        this.j = fixture.configure(rule);
    }

    private WorkflowRun run(String script) throws Exception {
        return EmulatorFixture.startPipeline(j, script);
    }

    @Test
    void startsFollowsAndApprovesARunWithThreeSteps() throws Exception {
        String pipeline = fixture.demo.demoPipelineId();
        WorkflowRun build = run("""
                def started = runCodeArtsPipeline pipelineId: '%s', wait: false, variables: [RELEASE_VERSION: '9.9.9']
                echo "started ${started.runId} at ${started.url}"
                def result
                parallel follow: {
                    result = waitForRun pipelineId: '%s', runId: started.runId
                }, approve: {
                    def decided = approveReview pipelineId: '%s', runId: started.runId, decision: 'pass', waitForReview: 5
                    echo "review accepted=${decided.accepted}"
                }
                echo "outcome=${result.outcome} status=${result.status} stages=${result.stages.size()}"
                echo "env run id=${env.CODEARTS_RUN_ID}"
                """.formatted(pipeline, pipeline, pipeline));
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        String log = JenkinsRule.getLog(build);
        assertThat(log).contains("[INFO] Building demo-java-service 9.9.9")
                .contains("review accepted=true")
                .contains("outcome=SUCCESS status=COMPLETED")
                .contains("Not waiting for the run to finish (wait: false)")
                // The detached follow of wait: false says nothing about its own cancellation.
                .doesNotContain("Cancelled:")
                .doesNotContain("is left running");
        CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
        assertThat(action).isNotNull();
        assertThat(log).contains("env run id=" + action.getRunId());
        assertThat(action.getStatus()).isEqualTo("COMPLETED");
        assertThat(action.getStages()).extracting(RunPageModel.StageModel::getName).contains("Build", "Test");
    }

    @Test
    void failureModesDecideTheBuildResult() throws Exception {
        String failing = fixture.demo.failingPipelineId();
        WorkflowRun failed = run("runCodeArtsPipeline pipelineId: '" + failing + "'");
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(failed));
        j.assertLogContains("(FAILURE)", failed);

        WorkflowRun unstable = run("runCodeArtsPipeline pipelineId: '" + failing + "', failureMode: 'unstable'\n"
                + "echo \"went on, result right after the step=${currentBuild.result}\"");
        j.assertBuildStatus(Result.UNSTABLE, j.waitForCompletion(unstable));
        // Marked as the unstable step marks: the run at once, and the step's node for the stage views.
        j.assertLogContains("went on, result right after the step=UNSTABLE", unstable);
        assertThat(new DepthFirstScanner().allNodes(unstable.getExecution())).anySatisfy(node -> {
            WarningAction warning = node.getPersistentAction(WarningAction.class);
            assertThat(warning).isNotNull();
            assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
            assertThat(warning.getMessage()).contains("(FAILURE)");
        });

        WorkflowRun returned = run("def r = runCodeArtsPipeline pipelineId: '" + failing + "', failureMode: 'return'\n"
                + "echo \"outcome=${r.outcome}\"\n"
                + "echo \"incompleteLogs=${r.incompleteLogs} incompleteLogSteps=${r.incompleteLogSteps}\"");
        j.assertBuildStatusSuccess(j.waitForCompletion(returned));
        j.assertLogContains("outcome=FAILURE", returned);
        // Every log line was read, and the script sees that in the map's incompleteLogs keys.
        j.assertLogContains("incompleteLogs=false incompleteLogSteps=[]", returned);
    }

    @Test
    void reviewIsApprovedFromTheBuildPage() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '" + fixture.demo.demoPipelineId() + "'");
        CodeArtsRunAction action = awaitPendingReview(build);
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            // The build page renders the run's summary (it answered HTTP 500 while a label held parentheses).
            HtmlPage buildPage = web.getPage(build);
            assertThat(buildPage.asNormalizedText()).contains("(manual review pending)");
            HtmlPage page = web.getPage(build, action.getUrlName());
            HtmlForm form = page.getFormByName("review");
            j.submit(form, "approve");
        }
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        j.assertLogContains("Approved in Jenkins by", build);
    }

    @Test
    void abortStopsTheRemoteRun() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '" + fixture.demo.demoPipelineId() + "'");
        CodeArtsRunAction action = awaitPendingReview(build);
        build.doStop();
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(build));
        j.assertLogContains("stopping the CodeArts run", build);
        try (CodeArtsClient client = fixture.client()) {
            assertThat(client.pipeline().pipelines().showPipelineRunDetail(action.getProjectId(),
                    action.getPipelineId(), action.getRunId()).status().name()).isEqualTo("CANCELED");
        }
    }

    @Test
    void createsStopsAndDeletesAnIdeInstance() throws Exception {
        WorkflowRun build = run("""
                def ide = createIdeInstance displayName: 'review-env-1', stackId: '%s'
                echo "ide ${ide.id} ${ide.status} link=${ide.link}"
                def stopped = codeArtsIdeInstance action: 'stop', instanceId: ide.id
                echo "stopped=${stopped.status} link=${stopped.link}"
                def deleted = codeArtsIdeInstance action: 'delete', instanceId: ide.id
                echo "deleted reached=${deleted.reached}"
                """.formatted(fixture.demo.demoStackId()));
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        j.assertLogContains("stopped=STOPPED link=" + fixture.emulator.baseUrl() + "/ide/", build);
        j.assertLogNotContains("link=null", build);
        j.assertLogContains("deleted reached=true", build);
    }

    @Test
    void abortWhileTheInstanceIsBeingCreatedEndsTheStepAndWaitsForNothing() throws Exception {
        // The create request is held 3 s by the emulator: the abort lands while attach() is still creating.
        FaultRule slowCreate = fixture.emulator.faults().on("createIdeInstance").once().delay(Duration.ofSeconds(3));
        FaultRule statusChecks = fixture.emulator.faults().on("showIdeInstanceStatus").delay(Duration.ZERO);
        try (CodeArtsClient client = fixture.client()) {
            WorkflowRun build = run("createIdeInstance displayName: 'stopped-while-creating', stackId: '%s'"
                    .formatted(fixture.demo.demoStackId()));
            Await.until("the create request to reach CodeArts", () -> slowCreate.fired() == 1);
            build.doStop();
            j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(build));
            j.assertLogContains("Stopped while IDE instance \"stopped-while-creating\" was being created", build);

            // CodeArts answers the create after the abort: the step does not start waiting on the instance.
            Await.until("the held create to be answered", () -> client.ide().instances()
                    .checkIdeInstanceNameDuplicate("stopped-while-creating"));
            Thread.sleep(1_000); // ten of the 100 ms status checks, had the wait gone on
            assertThat(statusChecks.fired()).as("status checks after the abort").isZero();
        } finally {
            fixture.emulator.faults().remove(slowCreate.id());
            fixture.emulator.faults().remove(statusChecks.id());
        }
    }

    @Test
    void badInputNamesTheFieldAndTheFix() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: 'p', branch: 'main'");
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(build));
        j.assertLogContains("branch \"main\" needs repositoryUrl", build);

        WorkflowRun bad = run("runCodeArtsPipeline pipelineId: 'p', variables: ['no equals sign']");
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(bad));
        j.assertLogContains("variables entry \"no equals sign\" is not NAME=value", bad);
    }

    @Test
    void missingPipelineIdEndsTheStepInOneLine() throws Exception {
        // Data binding would wrap an exception from the step's constructor in a long stack trace; the check runs in
        // start() instead and ends the step with an AbortException.
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: ''");
        assertOneLineFailure(build, "pipelineId is missing or empty; give a non-empty pipelineId.");
    }

    @Test
    void unknownPipelineEndsTheStepInOneLine() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '0123456789abcdef0123456789abcdef'");
        assertOneLineFailure(build, "pipelineId \"0123456789abcdef0123456789abcdef\" (project "
                + fixture.demo.projectId() + "): ");
    }

    @Test
    void unknownRegionEndsTheStepInOneLine() throws Exception {
        // Without an explicit endpoint the region has to be one with a built-in endpoint.
        CodeArtsGlobalConfiguration.get().setPipelineEndpoint(null);
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: 'p', region: 'xx-nowhere-9'");
        assertOneLineFailure(build, "region \"xx-nowhere-9\" has no built-in CodeArts endpoint");
    }

    @Test
    void unreachableCodeArtsEndsTheStepInOneLine() throws Exception {
        CodeArtsGlobalConfiguration.get().setPipelineEndpoint("http://127.0.0.1:1");
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: 'p'");
        assertOneLineFailure(build, "127.0.0.1:1");
    }

    @Test
    void approvingWithNothingPendingEndsTheStepInOneLine() throws Exception {
        String failing = fixture.demo.failingPipelineId();
        WorkflowRun build = run("""
                def finished = runCodeArtsPipeline pipelineId: '%s', failureMode: 'return'
                approveReview pipelineId: '%s', runId: finished.runId, decision: 'pass'
                """.formatted(failing, failing));
        assertOneLineFailure(build, "No manual review is pending");
    }

    private void assertOneLineFailure(WorkflowRun build, String expected) throws Exception {
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(build));
        j.assertLogContains(expected, build);
        assertThat(JenkinsRule.getLog(build)).as("no stack trace").doesNotContain("\tat ");
    }

    private static CodeArtsRunAction awaitPendingReview(WorkflowRun build) throws Exception {
        return Await.until("a manual review to become pending", () -> {
            CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
            return action != null && action.getPendingReview() != null ? action : null;
        }, () -> Await.logOf(build));
    }
}
