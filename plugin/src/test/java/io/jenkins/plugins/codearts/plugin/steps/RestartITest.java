package io.jenkins.plugins.codearts.plugin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.ReviewDecision;
import io.jenkins.plugins.codearts.engine.ReviewDecisionResult;
import io.jenkins.plugins.codearts.engine.RunRef;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.runpage.CodeArtsRunAction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.JenkinsSessionRule;

/**
 * A controller restart in the middle of a follow: the step resumes from its saved state and no log line is printed
 * twice. JUnit 4 on purpose: JenkinsSessionExtension (the JUnit 5 form) first shipped in jenkins-test-harness 2478,
 * which needs Jenkins 2.479+; plugin-pom 4.88 brings 2225.x, which has only {@link JenkinsSessionRule}.
 */
public class RestartITest {

    /** Lines that occur once in the demo run (several steps print "[INFO] BUILD SUCCESS", so that one is not here). */
    private static final List<String> UNIQUE_LINES = List.of(
            "HEAD is now at 3f9a2c1 Merge branch 'feature/payments' into 'master'",
            "[INFO] Scanning for projects...",
            "[INFO] Compiling 48 source files with javac [debug release 17] to target/classes",
            "[INFO] Running com.example.payments.PaymentServiceTest",
            "[INFO] Tests run: 72, Failures: 0, Errors: 0, Skipped: 1");

    private static EmulatorFixture fixture;

    @Rule
    public JenkinsSessionRule sessions = new JenkinsSessionRule();

    @BeforeClass
    public static void startEmulator() {
        fixture = new EmulatorFixture();
    }

    @AfterClass
    public static void stopEmulator() {
        fixture.close();
    }

    @Test
    public void followSurvivesRestartWithoutRepeatingLines() throws Throwable {
        sessions.then(j -> {
            fixture.configureJenkins();
            WorkflowJob job = j.createProject(WorkflowJob.class, "follow");
            job.setDefinition(new CpsFlowDefinition("def r = runCodeArtsPipeline pipelineId: '"
                    + fixture.demo.demoPipelineId() + "'\necho \"final status=${r.status}\"", true));
            WorkflowRun build = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("[INFO] Scanning for projects...", build);
        });
        sessions.then(j -> {
            WorkflowRun build = j.jenkins.getItemByFullName("follow", WorkflowJob.class).getBuildByNumber(1);
            CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
            assertThat(action).isNotNull();
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
            try (CodeArtsClient client = fixture.client()) {
                ReviewDecisionResult decided = new CodeArtsEngine(client, scheduler).decideReview(
                        RunRef.of(action.getProjectId(), action.getPipelineId(), action.getRunId()),
                        ReviewDecision.PASS, null, null, Duration.ofMinutes(2));
                assertThat(decided.accepted()).isTrue();
            } finally {
                scheduler.shutdownNow();
            }
            j.assertBuildStatusSuccess(j.waitForCompletion(build));
            String log = JenkinsRule.getLog(build);
            assertThat(log).contains("Jenkins restarted; continuing to follow CodeArts run " + action.getRunId())
                    .contains("final status=COMPLETED");
            for (String line : UNIQUE_LINES) {
                assertThat(occurrences(log, line)).as("times the log shows: %s", line).isEqualTo(1);
            }
        });
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
