package io.jenkins.plugins.codearts.plugin.steps;

import java.util.List;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Snippet Generator round trips: step object → Groovy → step object, for every step and the binding. */
@WithJenkins
class SnippetizerITest {

    @Test
    void runCodeArtsPipeline(JenkinsRule j) throws Exception {
        SnippetizerTester tester = new SnippetizerTester(j);
        tester.assertRoundTrip(new RunCodeArtsPipelineStep("p1"), "runCodeArtsPipeline 'p1'");
        RunCodeArtsPipelineStep full = new RunCodeArtsPipelineStep("p1");
        full.setRepositoryUrl("https://codehub.example.com/demo/app.git");
        full.setBranch("release");
        full.setVariables(List.of("VERSION=1.2.3", "ENV=test"));
        full.setChooseStages(List.of("STAGE_BUILD"));
        full.setFailureMode("unstable");
        full.setTimeout(30);
        full.setStopOnAbort(false);
        full.setLogPrefix(true);
        full.setWait(false);
        full.setCredentialsId("hw");
        tester.assertRoundTrip(full, "runCodeArtsPipeline branch: 'release', chooseStages: ['STAGE_BUILD'], "
                + "credentialsId: 'hw', failureMode: 'unstable', logPrefix: true, pipelineId: 'p1', "
                + "repositoryUrl: 'https://codehub.example.com/demo/app.git', stopOnAbort: false, timeout: 30, "
                + "variables: ['VERSION=1.2.3', 'ENV=test'], wait: false");
    }

    @Test
    void waitForRun(JenkinsRule j) throws Exception {
        SnippetizerTester tester = new SnippetizerTester(j);
        tester.assertRoundTrip(new WaitForRunStep("p1", "r1"), "waitForRun pipelineId: 'p1', runId: 'r1'");
        WaitForRunStep step = new WaitForRunStep("p1", "r1");
        step.setRegion("cn-south-1");
        step.setProjectId("0123456789abcdef0123456789abcdef");
        tester.assertRoundTrip(step, "waitForRun pipelineId: 'p1', projectId: '0123456789abcdef0123456789abcdef', "
                + "region: 'cn-south-1', runId: 'r1'");
    }

    @Test
    void approveReview(JenkinsRule j) throws Exception {
        SnippetizerTester tester = new SnippetizerTester(j);
        ApproveReviewStep step = new ApproveReviewStep("p1", "r1", "REFUSE");
        step.setJobRunId("job-1");
        step.setStepRunId("step-1");
        step.setWaitForReview(5);
        tester.assertRoundTrip(step, "approveReview decision: 'refuse', jobRunId: 'job-1', pipelineId: 'p1', "
                + "runId: 'r1', stepRunId: 'step-1', waitForReview: 5");
    }

    @Test
    void createIdeInstanceAndLifecycle(JenkinsRule j) throws Exception {
        SnippetizerTester tester = new SnippetizerTester(j);
        tester.assertRoundTrip(new CreateIdeInstanceStep("review-env", "stack-1"),
                "createIdeInstance displayName: 'review-env', stackId: 'stack-1'");
        CreateIdeInstanceStep step = new CreateIdeInstanceStep("review-env", "stack-1");
        step.setCpuMemory("2U8G");
        step.setPvcQuantity("10GB");
        step.setWaitUntilReady(false);
        tester.assertRoundTrip(step, "createIdeInstance cpuMemory: '2U8G', displayName: 'review-env', "
                + "pvcQuantity: '10GB', stackId: 'stack-1', waitUntilReady: false");
        tester.assertRoundTrip(new CodeArtsIdeInstanceStep("stop", "i-1"),
                "codeArtsIdeInstance action: 'stop', instanceId: 'i-1'");
    }

    @Test
    void documentationGenerates(JenkinsRule j) throws Exception {
        for (Class<? extends org.jenkinsci.plugins.workflow.steps.Step> type : List.of(RunCodeArtsPipelineStep.class,
                WaitForRunStep.class, ApproveReviewStep.class, CreateIdeInstanceStep.class,
                CodeArtsIdeInstanceStep.class)) {
            SnippetizerTester.assertDocGeneration(type);
        }
    }
}
