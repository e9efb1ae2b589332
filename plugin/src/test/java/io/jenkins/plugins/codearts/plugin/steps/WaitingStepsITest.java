package io.jenkins.plugins.codearts.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.Await;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsRunAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A waiting approveReview holds no thread. The emulator's clock stands still, so every build waits in approveReview
 * (its CodeArts run never reaches the review) until the test moves the clock.
 */
@WithJenkins
class WaitingStepsITest {

    /**
     * Thread name prefix of Jenkins' step executor pool: workflow-step-api 678's
     * {@code SynchronousNonBlockingStepExecution.getExecutorService()} names its threads with core's
     * {@code NamingThreadFactory}, which appends {@code " [#n]"}.
     */
    private static final String STEP_POOL = "org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution";
    private static final int BUILDS = 20;

    @RegisterExtension
    static final EmulatorFixture fixture = EmulatorFixture.withManualClock();

    @BeforeAll
    static void allowTwentyRunsAtOnce() {
        // Twenty runs of one pipeline at once; the emulator's default limits would queue most of them.
        fixture.emulator.settings().maxConcurrentRunsPerPipeline(BUILDS + 5).maxConcurrentRunsPerTenant(2 * BUILDS);
    }

    private JenkinsRule j;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        this.j = fixture.configure(rule);
    }

    private WorkflowRun startWaitingForReview(String name) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        String pipeline = fixture.demo.demoPipelineId();
        job.setDefinition(new CpsFlowDefinition("""
                def started = runCodeArtsPipeline pipelineId: '%s', wait: false
                def decided = approveReview pipelineId: '%s', runId: started.runId, decision: 'pass', waitForReview: 30
                echo "decided ${decided.decision} accepted=${decided.accepted} stage=${decided.stageName}"
                """.formatted(pipeline, pipeline), true));
        return job.scheduleBuild2(0).waitForStart();
    }

    @Test
    void twentyWaitingApproveReviewsHoldNoStepPoolThread() throws Exception {
        Map<Thread, StackTraceElement[]> before = Thread.getAllStackTraces();
        int poolBefore = poolThreads(before).size();

        List<WorkflowRun> builds = new ArrayList<>();
        for (int i = 0; i < BUILDS; i++) {
            builds.add(startWaitingForReview("waiting-" + i));
        }
        for (WorkflowRun build : builds) {
            awaitWaitingApproveReview(build);
        }

        Map<Thread, StackTraceElement[]> waiting = Thread.getAllStackTraces();
        List<Thread> pool = poolThreads(waiting);
        List<Thread> busy = pool.stream().filter(thread -> runsAStep(waiting.get(thread))).toList();
        System.out.printf("while %d builds wait in approveReview: %d step pool threads (%d before), %d busy; "
                + "%d JVM threads (%d before)%n", BUILDS, pool.size(), poolBefore, busy.size(), waiting.size(),
                before.size());
        // A SynchronousNonBlockingStepExecution would hold one busy pool thread per waiting build.
        assertThat(busy).as("step pool threads running a step").isEmpty();
        assertThat(pool.size()).as("step pool threads").isLessThanOrEqualTo(poolBefore);

        fixture.advance(Duration.ofMinutes(3)); // every run reaches its review
        for (WorkflowRun build : builds) {
            j.assertBuildStatusSuccess(j.waitForCompletion(build));
            j.assertLogContains("decided PASS accepted=true stage=Deploy", build);
            j.assertLogContains("Approved manual review", build);
        }
    }

    @Test
    void abortingAWaitingApproveReviewDecidesNothing() throws Exception {
        WorkflowRun build = startWaitingForReview("aborted");
        awaitWaitingApproveReview(build);
        CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
        assertThat(action).isNotNull();

        build.doStop();
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(build));

        fixture.advance(Duration.ofMinutes(3)); // the run reaches its review
        Thread.sleep(5_000); // more than two of the engine's 2 s checks, had the wait gone on
        j.assertLogNotContains("Approved manual review", build);
        // The review is still pending: the test can decide it itself.
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (CodeArtsClient client = fixture.client()) {
            ReviewDecisionResult decided = new CodeArtsEngine(client, scheduler).decideReview(
                    RunRef.of(action.getProjectId(), action.getPipelineId(), action.getRunId()), ReviewDecision.REFUSE,
                    null, null);
            assertThat(decided.accepted()).isTrue();
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Waits until the build's approveReview step has started and is waiting. */
    static ApproveReviewStep.Execution awaitWaitingApproveReview(WorkflowRun build) throws Exception {
        return awaitStep(build, ApproveReviewStep.Execution.class, "waiting until ");
    }

    /** Waits until a step execution of this type runs in the build and its status starts with {@code status}. */
    static <T extends StepExecution> T awaitStep(WorkflowRun build, Class<T> type, String status) throws Exception {
        String what = type.getName() + " to reach \"" + status + "\"";
        return Await.until(what, () -> {
            FlowExecution execution = build.getExecution();
            if (execution != null) {
                for (StepExecution step : execution.getCurrentExecutions(false).get()) {
                    if (type.isInstance(step) && String.valueOf(step.getStatus()).startsWith(status)) {
                        return type.cast(step);
                    }
                }
            }
            if (!build.isBuilding()) {
                throw new AssertionError("the build ended before " + what + ":\n" + JenkinsRule.getLog(build));
            }
            return null;
        }, () -> Await.logOf(build));
    }

    private static List<Thread> poolThreads(Map<Thread, StackTraceElement[]> threads) {
        return threads.keySet().stream().filter(thread -> thread.getName().startsWith(STEP_POOL + " [#")).toList();
    }

    /** Idle pool threads wait in the pool's queue; a busy one runs the task submitted by the execution's start(). */
    private static boolean runsAStep(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith(STEP_POOL));
    }
}
