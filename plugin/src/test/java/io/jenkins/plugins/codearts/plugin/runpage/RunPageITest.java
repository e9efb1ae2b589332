package io.jenkins.plugins.codearts.plugin.runpage;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codearts.emulator.fault.FaultRule;
import io.jenkins.plugins.codearts.plugin.Await;
import io.jenkins.plugins.codearts.plugin.EmulatorFixture;
import io.jenkins.plugins.codearts.plugin.builders.RunCodeArtsPipelineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The CodeArts run page rendered by Jenkins for runs of the emulator: live, waiting on a review, failed, finished with
 * artifacts, two runs in one build; its JSON API; and that viewing it never calls CodeArts.
 */
@WithJenkins
class RunPageITest {

    @RegisterExtension
    static final EmulatorFixture fixture = new EmulatorFixture();
    private static String slowPipeline;

    @BeforeAll
    static void loadSlowPipeline() throws IOException {
        // One stage with two parallel jobs whose second steps run for an hour: a run that stays live.
        Path scenario = Files.createTempFile("run-page-", ".json");
        try {
            Files.writeString(scenario, """
                    {"pipelines":[{"name":"slow","stages":[{"name":"Build","jobs":[
                      {"name":"compile","steps":[{"name":"checkout","duration":"1s","logs":["checked out"]},
                                                 {"name":"sleep","duration":"1h","logs":["sleeping"]}]},
                      {"name":"lint","steps":[{"name":"eslint","duration":"1h","logs":["linting"]}]}]}]}]}
                    """);
            slowPipeline = fixture.emulator.loadScenario(scenario).get(0);
        } finally {
            Files.deleteIfExists(scenario);
        }
    }

    private JenkinsRule j;

    @BeforeEach
    void configure(JenkinsRule rule) throws Exception {
        this.j = fixture.configure(rule);
    }

    private WorkflowRun run(String script) throws Exception {
        return EmulatorFixture.startPipeline(j, script);
    }

    private static CodeArtsRunAction awaitPage(WorkflowRun build, Predicate<RunPageModel> condition, String what)
            throws Exception {
        return Await.until("the run page to show " + what, () -> build.getActions(CodeArtsRunAction.class).stream()
                .filter(action -> condition.test(action.getSnapshot())).findFirst().orElse(null));
    }

    private static HtmlPage page(JenkinsRule.WebClient web, WorkflowRun build, CodeArtsRunAction action)
            throws Exception {
        return web.getPage(build, action.getUrlName() + "/");
    }

    private static DomElement stepRow(HtmlPage page, String stepName) {
        for (DomElement row : page.getElementById("codearts-run").getElementsByTagName("li")) {
            if (row.getAttribute("class").contains("codearts-step")
                    && row.querySelector(".codearts-step__name").getTextContent().equals(stepName)) {
                return row;
            }
        }
        throw new AssertionError("no step row named " + stepName + " in\n" + page.asNormalizedText());
    }

    private static boolean hasBall(DomElement element, String iconName) {
        return element.querySelector("svg.codearts-ball--" + iconName) != null;
    }

    @Test
    void aRunningRunShowsItsStagesJobsSideBySideAndTheRunningStep() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '" + slowPipeline + "'");
        CodeArtsRunAction action = awaitPage(build, model -> model.getStages().size() == 1
                && model.getStages().get(0).getJobs().get(0).getSteps().get(1).getStatus().equals("RUNNING"),
                "the sleep step running");
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = page(web, build, action);
            String text = page.asNormalizedText();
            assertThat(text).contains("slow", "Build", "compile", "lint", "checkout", "sleep", "eslint",
                    "Jenkins follows this run; the page updates by itself.");
            DomElement container = page.getElementById("codearts-run");
            assertThat(container.getAttribute("data-live")).isEqualTo("true");
            assertThat(container.getAttribute("data-api")).endsWith(action.getUrlName() + "/api/json?tree=building,snapshot[version,live]");
            assertThat(container.getAttribute("data-building")).isEqualTo("true");
            // getPage waited for the page's scripts (JenkinsRule's WebClient waits up to 10 s for background
            // JavaScript): meanwhile live.js asked api/json, saw a newer version and swapped in the fragment view.
            Matcher served = Pattern.compile("data-version=\"(\\d+)\"")
                    .matcher(page.getWebResponse().getContentAsString());
            assertThat(served.find()).as("data-version in the served page").isTrue();
            assertThat(Long.parseLong(container.getAttribute("data-version")))
                    .as("version shown after live.js refreshed the page").isGreaterThan(Long.parseLong(served.group(1)));
            // Jobs of a stage sit side by side in one row.
            assertThat(page.querySelectorAll(".codearts-jobs > .codearts-job")).hasSize(2);
            DomElement sleep = stepRow(page, "sleep");
            assertThat(sleep.getAttribute("class")).contains("codearts-step--active");
            assertThat(hasBall(sleep, "nobuilt-anime")).isTrue();
            DomElement checkout = stepRow(page, "checkout");
            assertThat(checkout.getAttribute("class")).doesNotContain("codearts-step--active");
            assertThat(hasBall(checkout, "blue")).isTrue();
            // The step links to its log header in the console.
            HtmlAnchor toConsole = (HtmlAnchor) checkout.querySelector("a.codearts-step__name");
            assertThat(toConsole.getHrefAttribute()).endsWith("consoleFull#" + ConsoleLinks.consoleAnchor(
                    action.getSnapshot().getStages().get(0).getJobs().get(0).getSteps().get(0).getId()));
            // The script is an adjunct file; the page has no inline script.
            assertThat(page.getWebResponse().getContentAsString()).contains("CodeArtsRunAction/live.js");
        }
        build.doStop();
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(build));
        assertThat(action.getSnapshot().isLive()).isFalse();
    }

    @Test
    void aWaitingReviewShowsWhoMayDecideAndIsApprovedInline() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '" + fixture.demo.demoPipelineId() + "'");
        CodeArtsRunAction action = awaitPage(build, model -> model.getReview() != null, "a pending review");
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            // The form carries its own crumb field: live.js swaps in the "fragment" view, which no Jenkins script
            // touches. (On the full page, Jenkins' form behaviour in hudson-behavior.js appends a second one.)
            String crumbField = j.jenkins.getCrumbIssuer().getCrumbRequestField();
            HtmlPage fragment = web.getPage(build, action.getUrlName() + "/fragment");
            assertThat(fragment.getFormByName("review").getInputsByName(crumbField)).hasSize(1);

            HtmlPage page = page(web, build, action);
            DomElement review = stepRow(page, "Release approval").querySelector(".codearts-review");
            assertThat(review).as("the review sits in its step's row").isNotNull();
            assertThat(review.asNormalizedText()).contains("Manual review waits for a decision", "Who may decide",
                    "demo-user", "Timeout", "60");
            HtmlForm form = page.getFormByName("review");
            assertThat(form.getMethodAttribute()).isEqualToIgnoringCase("post");
            assertThat(form.getInputsByName(crumbField)).isNotEmpty();
            j.submit(form, "approve");
        }
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        j.assertLogContains("Approved in Jenkins by", build);
        assertThat(action.getSnapshot().getReview()).isNull();
    }

    @Test
    void aFailedRunShowsTheFailedStepWithItsLastLinesAndLinksToTheConsole() throws Exception {
        WorkflowRun build = run("runCodeArtsPipeline pipelineId: '" + fixture.demo.failingPipelineId() + "'");
        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(build));
        CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
        RunPageModel.FailureModel failure = action.getSnapshot().getFailure();
        assertThat(failure).isNotNull();
        assertThat(failure.getPath()).isEqualTo("Test › Unit tests › Run unit tests");
        assertThat(failure.getLastLines()).contains("[ERROR] BUILD FAILURE");
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = page(web, build, action);
            assertThat(page.getElementById("codearts-run").getAttribute("data-live")).isEqualTo("false");
            DomElement section = page.getElementById("failure");
            assertThat(section.asNormalizedText()).contains("Failed step", "Test › Unit tests › Run unit tests",
                    "Tests run: 58, Failures: 2", "[ERROR] BUILD FAILURE");
            assertThat(hasBall(page.getElementById("codearts-run"), "red")).isTrue();
            assertThat(hasBall(stepRow(page, "Run unit tests"), "red")).isTrue();

            // The console: the step's log starts with a header that is an anchor and links back to the page.
            HtmlPage console = web.getPage(build, "consoleFull");
            DomElement header = console.getElementById(failure.getConsoleAnchor());
            assertThat(header).as("step header anchor in the console").isNotNull();
            assertThat(header.getTagName()).isEqualTo("a");
            assertThat(header.getAttribute("href")).endsWith(action.getUrlName() + "/#" + failure.getPageAnchor());
            assertThat(header.getTextContent()).contains("Test › Unit tests › Run unit tests");
            // The run line links to the run in CodeArts and to the run page.
            assertThat(console.getAnchorByHref(action.getUrl())).isNotNull();
            assertThat(console.getAnchors()).anyMatch(anchor -> anchor.getHrefAttribute()
                    .endsWith(build.getUrl() + action.getUrlName() + "/"));
        }
    }

    @Test
    void aFinishedRunShowsItsArtifactsAndTheApiServesThePageWithoutCallingCodeArts() throws Exception {
        String pipeline = fixture.demo.demoPipelineId();
        // wait: false, then waitForRun: the same page is followed twice and ends live=false with the final state.
        WorkflowRun build = run("""
                def started = runCodeArtsPipeline pipelineId: '%s', wait: false
                parallel follow: {
                    waitForRun pipelineId: '%s', runId: started.runId
                }, approve: {
                    approveReview pipelineId: '%s', runId: started.runId, decision: 'pass', waitForReview: 5
                }
                """.formatted(pipeline, pipeline, pipeline));
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        assertThat(build.getActions(CodeArtsRunAction.class)).hasSize(1);
        CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);

        // Count every CodeArts request the emulator answers from now on: a zero delay changes nothing else.
        FaultRule counter = fixture.emulator.faults().on(FaultRule.ANY_OPERATION).delay(Duration.ZERO);
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = page(web, build, action);
            assertThat(page.asNormalizedText()).contains("demo-java-service", "Manual", "Artifacts",
                    "demo-java-service.jar", "jar", "1.0.0");
            assertThat(page.getAnchorByHref("https://release-repo.emulator.invalid/demo-java-service/1.0.0/"
                    + "demo-java-service.jar")).isNotNull();
            assertThat(hasBall(page.getElementById("codearts-run"), "blue")).isTrue();
            web.getPage(build, action.getUrlName() + "/fragment");
            web.getPage(build, "");

            JSONObject json = JSONObject.fromObject(web.goTo(build.getUrl() + action.getUrlName() + "/api/json",
                    "application/json").getWebResponse().getContentAsString());
            assertThat(json.getString("runId")).isEqualTo(action.getRunId());
            JSONObject snapshot = json.getJSONObject("snapshot");
            assertThat(snapshot.getBoolean("live")).isFalse();
            assertThat(snapshot.getString("outcome")).isEqualTo("SUCCESS");
            assertThat(snapshot.getString("status")).isEqualTo("COMPLETED");
            assertThat(snapshot.getString("pipelineName")).isEqualTo("demo-java-service");
            assertThat(snapshot.getLong("version")).isEqualTo(action.getSnapshot().getVersion());
            JSONArray stages = snapshot.getJSONArray("stages");
            assertThat(stages).hasSize(3);
            JSONObject build0 = stages.getJSONObject(0);
            assertThat(build0.getString("name")).isEqualTo("Build");
            JSONObject firstStep = build0.getJSONArray("jobs").getJSONObject(0).getJSONArray("steps")
                    .getJSONObject(0);
            assertThat(firstStep.getString("status")).isEqualTo("COMPLETED");
            assertThat(firstStep.getLong("endTime")).isGreaterThanOrEqualTo(firstStep.getLong("startTime"));
            assertThat(firstStep.getString("consoleAnchor")).startsWith("codearts-step-");
            JSONObject artifact = snapshot.getJSONArray("artifacts").getJSONObject(0);
            assertThat(artifact.getString("name")).isEqualTo("demo-java-service.jar");
            assertThat(artifact.getString("packageType")).isEqualTo("jar");

            JSONObject tree = JSONObject.fromObject(web.goTo(build.getUrl() + action.getUrlName()
                    + "/api/json?tree=building,snapshot[version,live]", "application/json").getWebResponse()
                    .getContentAsString());
            assertThat(tree.getBoolean("building")).isFalse();
            assertThat(tree.getJSONObject("snapshot").keySet()).contains("version", "live");
        } finally {
            fixture.emulator.faults().remove(counter.id());
        }
        assertThat(counter.fired()).as("CodeArts requests made while the page and its API were viewed").isZero();
    }

    @Test
    void aBuildWithTwoRunsHasTwoPagesAndTwoSummaryLines() throws Exception {
        String failing = fixture.demo.failingPipelineId();
        WorkflowRun build = run("""
                parallel one: {
                    runCodeArtsPipeline pipelineId: '%s', failureMode: 'return'
                }, two: {
                    runCodeArtsPipeline pipelineId: '%s', failureMode: 'return'
                }
                """.formatted(failing, failing));
        j.assertBuildStatusSuccess(j.waitForCompletion(build));
        List<CodeArtsRunAction> actions = build.getActions(CodeArtsRunAction.class);
        assertThat(actions).hasSize(2);
        assertThat(actions).extracting(CodeArtsRunAction::getUrlName)
                .containsExactlyInAnyOrder("codearts-run-1", "codearts-run-2");
        assertThat(actions.get(0).getRunId()).isNotEqualTo(actions.get(1).getRunId());
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage buildPage = web.getPage(build);
            List<DomElement> strips = buildPage.querySelectorAll(".codearts-strip").stream()
                    .map(DomElement.class::cast).toList();
            assertThat(strips).hasSize(2);
            for (DomElement strip : strips) {
                assertThat(strip.asNormalizedText()).contains("Build", "Test", "Deploy");
                assertThat(hasBall(strip, "red")).isTrue();
            }
            for (CodeArtsRunAction action : actions) {
                assertThat(buildPage.getAnchorByHref(action.getUrlName() + "/")).isNotNull();
                HtmlPage page = page(web, build, action);
                assertThat(page.asNormalizedText()).contains(action.getDisplayName(), "Failed step");
            }
        }
    }

    @Test
    void aFreestyleBuildStepGetsTheSamePage() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new RunCodeArtsPipelineBuilder(fixture.demo.failingPipelineId()));
        FreeStyleBuild build = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));
        CodeArtsRunAction action = build.getAction(CodeArtsRunAction.class);
        assertThat(action.getSnapshot().isLive()).isFalse();
        assertThat(action.getSnapshot().getOutcome()).isEqualTo("FAILURE");
        assertThat(action.getSnapshot().getFailure().getLastLines()).contains("[ERROR] BUILD FAILURE");
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = web.getPage(build, action.getUrlName() + "/");
            assertThat(page.asNormalizedText()).contains("Failed step", "Run unit tests", "[ERROR] BUILD FAILURE");
            HtmlPage console = web.getPage(build, "consoleFull");
            assertThat(console.getElementById(action.getSnapshot().getFailure().getConsoleAnchor())).isNotNull();
        }
    }
}
