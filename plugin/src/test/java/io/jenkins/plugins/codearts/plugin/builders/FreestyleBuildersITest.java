package io.jenkins.plugins.codearts.plugin.builders;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codearts.plugin.Await;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsEnvironmentAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Each build step in a freestyle job against the emulator; a second job decides the review of the first. */
@WithJenkins
class FreestyleBuildersITest {


    @RegisterExtension
    static final EmulatorFixture fixture = new EmulatorFixture();

    private JenkinsRule j;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        this.j = fixture.configure(rule);
        // runner, follower and approver run at the same time; the built-in node has 2 executors by default
        j.jenkins.setNumExecutors(4);
    }

    @Test
    void runsFollowsAndApprovesWithBuildSteps() throws Exception {
        FreeStyleProject runner = j.createFreeStyleProject("runner");
        RunCodeArtsPipelineBuilder run = new RunCodeArtsPipelineBuilder(fixture.demo.demoPipelineId());
        run.setVariables("RELEASE_VERSION=7.7.7");
        runner.getBuildersList().add(run);
        FreeStyleBuild runBuild = runner.scheduleBuild2(0).waitForStart();
        String runId = awaitRunId(runBuild);

        FreeStyleProject follower = j.createFreeStyleProject("follower");
        follower.getBuildersList().add(new WaitForRunBuilder(fixture.demo.demoPipelineId(), runId));
        FreeStyleBuild followBuild = follower.scheduleBuild2(0).waitForStart();

        FreeStyleProject approver = j.createFreeStyleProject("approver");
        ApproveReviewBuilder approve = new ApproveReviewBuilder(fixture.demo.demoPipelineId(), runId, "pass");
        approve.setWaitForReview(2);
        approver.getBuildersList().add(approve);
        j.buildAndAssertSuccess(approver);

        j.assertBuildStatusSuccess(j.waitForCompletion(runBuild));
        j.assertBuildStatusSuccess(j.waitForCompletion(followBuild));
        j.assertLogContains("[INFO] Building demo-java-service 7.7.7", runBuild);
        j.assertLogContains("[INFO] Tests run: 72", followBuild);
        assertThat(runBuild.getEnvironment(j.createTaskListener()).get("CODEARTS_RUN_ID")).isEqualTo(runId);
    }

    @Test
    void failureModeFailAndUnstable() throws Exception {
        FreeStyleProject failing = j.createFreeStyleProject();
        failing.getBuildersList().add(new RunCodeArtsPipelineBuilder(fixture.demo.failingPipelineId()));
        j.assertBuildStatus(Result.FAILURE, failing.scheduleBuild2(0));

        FreeStyleProject unstable = j.createFreeStyleProject();
        RunCodeArtsPipelineBuilder builder = new RunCodeArtsPipelineBuilder(fixture.demo.failingPipelineId());
        builder.setFailureMode("unstable");
        unstable.getBuildersList().add(builder);
        j.assertBuildStatus(Result.UNSTABLE, unstable.scheduleBuild2(0));
    }

    @Test
    void createsAnIdeInstance() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new CreateIdeInstanceBuilder("freestyle-ide", fixture.demo.demoStackId()));
        FreeStyleBuild build = j.buildAndAssertSuccess(project);
        assertThat(build.getEnvironment(j.createTaskListener()).get("CODEARTS_IDE_INSTANCE_ID")).isNotBlank();
    }

    @Test
    void configurationRoundTripsThroughTheForm() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        RunCodeArtsPipelineBuilder builder = new RunCodeArtsPipelineBuilder("p1");
        builder.setVariables("A=1\nB=2");
        builder.setFailureMode("return");
        builder.setTimeout(15);
        builder.setCredentialsId(EmulatorFixture.CREDENTIALS_ID);
        project.getBuildersList().add(builder);
        j.configRoundtrip(project);
        j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(RunCodeArtsPipelineBuilder.class));
    }

    @Test
    void expectedFailuresEndTheBuildStepInOneLine() throws Exception {
        FreeStyleProject blank = j.createFreeStyleProject();
        blank.getBuildersList().add(new RunCodeArtsPipelineBuilder(""));
        assertOneLineFailure(blank, "pipelineId is missing or empty; give a non-empty pipelineId.");

        FreeStyleProject runner = j.createFreeStyleProject();
        RunCodeArtsPipelineBuilder finished = new RunCodeArtsPipelineBuilder(fixture.demo.failingPipelineId());
        finished.setFailureMode("return");
        runner.getBuildersList().add(finished);
        FreeStyleBuild ended = j.buildAndAssertSuccess(runner);
        String runId = ended.getAction(CodeArtsEnvironmentAction.class).getRunId();
        FreeStyleProject approver = j.createFreeStyleProject();
        approver.getBuildersList().add(new ApproveReviewBuilder(fixture.demo.failingPipelineId(), runId, "pass"));
        assertOneLineFailure(approver, "No manual review is pending");
    }

    private void assertOneLineFailure(FreeStyleProject project, String expected) throws Exception {
        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));
        j.assertLogContains(expected, build);
        assertThat(JenkinsRule.getLog(build)).as("no stack trace").doesNotContain("\tat ");
    }

    private static String awaitRunId(FreeStyleBuild build) throws Exception {
        return Await.until("the build to report a CodeArts run id", () -> {
            CodeArtsEnvironmentAction env = build.getAction(CodeArtsEnvironmentAction.class);
            return env == null ? null : env.getRunId();
        });
    }
}
