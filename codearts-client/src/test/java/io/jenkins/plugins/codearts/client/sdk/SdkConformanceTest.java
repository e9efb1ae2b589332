package io.jenkins.plugins.codearts.client.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.huaweicloud.sdk.cloudide.v2.CloudIDEClient;
import com.huaweicloud.sdk.cloudide.v2.model.UploadExtensionFileRequest;
import com.huaweicloud.sdk.cloudide.v2.model.UploadExtensionFileRequestBody;
import com.huaweicloud.sdk.cloudide.v2.model.UploadFilePublisherRequest;
import com.huaweicloud.sdk.cloudide.v2.model.UploadFilePublisherRequestBody;
import com.huaweicloud.sdk.codeartspipeline.v2.CodeArtsPipelineClient;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadBasicPluginRequest;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadBasicPluginRequestBody;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadPluginIconRequest;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadPluginIconRequestBody;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadPublisherIconRequest;
import com.huaweicloud.sdk.codeartspipeline.v2.model.UploadPublisherIconRequestBody;
import com.huaweicloud.sdk.core.HttpListener;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Huawei's official Java SDK (huaweicloud-sdk-codeartspipeline and -cloudide 3.1.130, generated from the service's
 * own API specification) drives the emulator as a customer's code would: every SDK operation that maps to one of
 * the 119 documented operations, with requests that make sense (what an operation needs is created first).
 *
 * <p>An operation conforms when the SDK call returns without an exception, the answer has no {@code error_code},
 * and the raw body reads into the SDK's response model with unknown properties rejected (a field the SDK would
 * silently drop is a field the real service names differently). Errors are checked separately: every 4xx the
 * emulator answers reaches the SDK as a {@link ServiceResponseException} with its code and request id. The
 * Pipeline service's documented HTTP-200 business errors cannot reach the SDK as exceptions (see
 * docs/api-notes.md, "HTTP-200 business errors"); they are checked to arrive as error bodies.
 */
class SdkConformanceTest {

    /** The SDK operations among the 119, by our name: the SDK name they map to. */
    static final Map<String, String> SDK_OPERATIONS = SdkOperations.MAPPED;

    /** Requests are written as JSON in the SDK's names: a misspelt name fails instead of being dropped. */
    private static final ObjectMapper REQUESTS = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The SDK's own response mapper (its date and strict number handling); unknown properties are collected. */
    private static final ObjectMapper LENIENT = JsonUtils.getDefaultMapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GIT_URL = "https://codehub.example.com/demo/demo-java-service.git";

    /** A review stage, then a 10 min step: the run waits for a person, then runs long enough to be stopped. */
    private static final String GATE_THEN_SHIP = """
            {"stages":[
              {"name":"Gate","identifier":"STAGE_GATE","jobs":[{"name":"Approve","identifier":"JOB_GATE",
                "steps":[{"name":"Approval","task":"official_devcloud_checkpoint"}]}]},
              {"name":"Ship","identifier":"STAGE_SHIP","jobs":[{"name":"Ship","identifier":"JOB_SHIP",
                "steps":[{"name":"Ship it","duration":"10m","logs":["shipping","shipped"]}]}]}]}""";

    private static final String BASIC_PLUGIN_MANIFEST = """
            {"type":"Task","name":"sdk_basic","friendly_name":"SDK basic","category":"Test","version":"0.0.1",
             "description":"runs the test script","version_description":"first cut",
             "inputs":[{"name":"script","type":"input","label":"Script","required":true,"default_value":"run.sh"}],
             "outputs":[{"name":"report","type":"string","description":"report path"}],
             "execution":{"type":"Shell","target":"scripts/run.sh"}}""";

    private static CodeArtsEmulator emulator;
    private static DemoAccount demo;
    private static CodeArtsPipelineClient pipeline;
    private static CloudIDEClient ide;
    private static final ThreadLocal<String> LAST_BODY = new ThreadLocal<>();

    /**
     * SDK model properties the issue found never filled by the emulator; each must now be filled by some answer.
     * The documents or the SDK describe them (docs/api-notes.md, "Fields the SDK declares").
     */
    static final Set<String> MUST_BE_SENT = Set.of(
            "CheckResult.errors", "CheckResult.extension_version_compare",
            "ExtensionVersionSnake.asset_size", "ExtensionVersionSnake.help_page", "ExtensionVersionSnake.issue_link",
            "ExtensionVersionSnake.repo_url", "ExtensionVersionSnake.website",
            "ProjectTemplates.logo",
            "CustomVariable.latest_value", "CustomVariable.pipeline_id", "CustomVariable.runtime_value",
            "ExtensionExtendProp.api_options", "ExtensionExtendProp.api_type", "ExtensionExtendProp.options",
            "ExtensionExtendProp.visible_conditions", "ExtensionExtendProp.disabled_conditions",
            "ExtensionValidation.max_length", "ExtensionValidation.min_length", "ExtensionValidation.regex_message",
            "ExtensionValidation.required_message");

    /** Every SDK model property met in an answer, and those of them the answer carried. */
    private final Set<String> declared = new TreeSet<>();
    private final Set<String> filled = new TreeSet<>();

    /** Our operation name: null when it conformed, else what went wrong. */
    private final Map<String, String> results = new TreeMap<>();
    private final List<String> errorFindings = new ArrayList<>();

    @BeforeAll
    static void start() {
        emulator = CodeArtsEmulator.builder().port(0).speed(40).build().start();
        demo = emulator.demo();
        HttpConfig config = HttpConfig.getDefaultHttpConfig().withTimeout(30)
                .addHttpListener(HttpListener.forResponseListener(response ->
                        LAST_BODY.set(response.body().orElse(""))));
        BasicCredentials credentials = new BasicCredentials().withProjectId(demo.iamProjectId());
        credentials.withAk(demo.accessKey()).withSk(demo.secretKey());
        pipeline = CodeArtsPipelineClient.newBuilder().withHttpConfig(config).withCredential(credentials)
                .withEndpoints(List.of(emulator.baseUrl())).build();
        ide = CloudIDEClient.newBuilder().withHttpConfig(config).withCredential(credentials)
                .withEndpoints(List.of(emulator.baseUrl())).build();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void everyMappedSdkOperationAnswersInTheSdkModels() throws Exception {
        pipelineChapter();
        groupsAndTemplates();
        rulesAndRuleSets();
        pluginsAndPublishers();
        ideInstances();
        ideCatalogueAndAssistants();
        marketplace();
        errorsReachTheSdk();

        List<String> failures = new ArrayList<>();
        results.forEach((operation, failure) -> {
            if (failure != null) {
                failures.add(operation + ": " + failure);
            }
        });
        TreeSet<String> notCalled = new TreeSet<>(SDK_OPERATIONS.keySet());
        notCalled.removeAll(results.keySet());
        long conforming = results.values().stream().filter(failure -> failure == null).count();
        System.out.println("sdk conformance: " + conforming + "/" + SDK_OPERATIONS.size());
        failures.forEach(failure -> System.out.println("  not conforming: " + failure));
        notCalled.forEach(operation -> System.out.println("  not called: " + operation));
        errorFindings.forEach(finding -> System.out.println("  error path: " + finding));
        TreeSet<String> neverFilled = new TreeSet<>(declared);
        neverFilled.removeAll(filled);
        System.out.println("sdk model properties sent: " + filled.size() + "/" + declared.size()
                + "; never sent: " + neverFilled);
        TreeSet<String> missing = new TreeSet<>(MUST_BE_SENT);
        missing.removeAll(filled);

        assertThat(notCalled).as("mapped SDK operations the test never called").isEmpty();
        assertThat(failures).as("operations whose answers the SDK cannot read").isEmpty();
        assertThat(errorFindings).as("errors that do not reach the SDK as documented").isEmpty();
        assertThat(conforming).isEqualTo(SDK_OPERATIONS.size());
        assertThat(missing).as("SDK properties the documents describe that no answer carried").isEmpty();
    }

    @Test
    void theStrictReadNamesEveryPropertyTheSdkModelLacks() {
        assertThat(strictParse(com.huaweicloud.sdk.codeartspipeline.v2.model.CreatePipelineTemplateResponse.class,
                "{\"templateId\":\"t\",\"template_id\":\"t\",\"extra\":{\"nested\":1}}"))
                .contains("CreatePipelineTemplateResponse.template_id", "CreatePipelineTemplateResponse.extra");
        assertThat(strictParse(com.huaweicloud.sdk.codeartspipeline.v2.model.CreatePipelineTemplateResponse.class,
                "{\"templateId\":\"t\"}")).isNull();
    }

    // ---- Pipeline chapter 4.2: pipelines and runs -------------------------------------------------------------

    private void pipelineChapter() {
        String project = demo.projectId();
        String created = """
                {"project_id":"%s","body":{"name":"sdk-conformance","description":"driven by the official SDK",
                 "is_publish":false,"manifest_version":"3.0","definition":%s,
                 "sources":[{"type":"code","params":{"git_type":"codehub","codehub_id":"2111677704",
                   "default_branch":"master","git_url":"%s","repo_name":"demo-java-service","alias":"main"}}],
                 "variables":[{"name":"GREETING","sequence":1,"type":"string","value":"hello","is_secret":false,
                   "description":"a runtime variable","is_runtime":true,"is_reset":false}]}}"""
                .formatted(project, TREE.valueToTree(GATE_THEN_SHIP.replace("\n", "")).toString(), GIT_URL);
        String pipelineId = call("createPipeline", pipeline, created).path("pipeline_id").asText();

        call("listPipelines", pipeline, """
                {"project_id":"%s","body":{"offset":0,"limit":10,"sort_key":"name","sort_dir":"asc"}}"""
                .formatted(project));
        call("batchShowPipelineStatus", pipeline, """
                {"project_id":"%s","body":["%s","%s"]}""".formatted(project, pipelineId, demo.demoPipelineId()));

        String runId = call("runPipeline", pipeline, """
                {"project_id":"%s","pipeline_id":"%s","body":{"description":"first run",
                 "sources":[{"type":"code","params":{"git_type":"codehub","alias":"main","codehub_id":"2111677704",
                   "default_branch":"master","git_url":"%s","build_params":{"build_type":"branch",
                   "target_branch":"master","event_type":"Manual"}}}],
                 "variables":[{"name":"GREETING","value":"hi"}]}}"""
                .formatted(project, pipelineId, GIT_URL)).path("pipeline_run_id").asText();
        String detailRequest = """
                {"project_id":"%s","pipeline_id":"%s","pipeline_run_id":"%s"}""".formatted(project, pipelineId, runId);

        JsonNode pending = await("the review to wait for a person", () -> raw("showPipelineRunDetail", pipeline,
                detailRequest), detail -> "RUNNING".equals(detail.at("/stages/0/jobs/0/steps/0/status").asText()));
        call("showPipelineRunDetail", pipeline, detailRequest);
        String jobRunId = pending.at("/stages/0/jobs/0/id").asText();
        String stepRunId = pending.at("/stages/0/jobs/0/steps/0/id").asText();
        String step = """
                {"project_id":"%s","pipeline_id":"%s","pipeline_run_id":"%s","job_run_id":"%s","step_run_id":"%s"}"""
                .formatted(project, pipelineId, runId, jobRunId, stepRunId);
        call("refuseManualReview", pipeline, step);
        await("the refused run to end", () -> raw("showPipelineRunDetail", pipeline, detailRequest),
                detail -> !"RUNNING".equals(detail.path("status").asText()));
        call("retryPipelineRun", pipeline, detailRequest);
        JsonNode again = await("the retried review to wait", () -> raw("showPipelineRunDetail", pipeline,
                detailRequest), detail -> "RUNNING".equals(detail.at("/stages/0/jobs/0/steps/0/status").asText()));
        String retriedStep = step.replace(stepRunId, again.at("/stages/0/jobs/0/steps/0/id").asText())
                .replace(jobRunId, again.at("/stages/0/jobs/0/id").asText());
        call("passManualReview", pipeline, retriedStep);
        JsonNode shipping = await("the ship step to log", () -> raw("showPipelineRunDetail", pipeline, detailRequest),
                detail -> "RUNNING".equals(detail.at("/stages/1/jobs/0/steps/0/status").asText()));
        call("showStepLogs", pipeline, """
                {"project_id":"%s","pipeline_id":"%s","pipeline_run_id":"%s","job_run_id":"%s","step_run_id":"%s",
                 "body":{"start_offset":0,"limit":100,"sort":"asc"}}""".formatted(project, pipelineId, runId,
                shipping.at("/stages/1/jobs/0/id").asText(), shipping.at("/stages/1/jobs/0/steps/0/id").asText()));
        call("stopPipelineRun", pipeline, detailRequest);
        call("listPipelineRuns", pipeline, """
                {"project_id":"%s","pipeline_id":"%s","body":{"offset":0,"limit":10,"sort_key":"start_time",
                 "sort_dir":"desc"}}""".formatted(project, pipelineId));
        await("the stopped run to end", () -> raw("showPipelineRunDetail", pipeline, detailRequest),
                detail -> !"RUNNING".equals(detail.path("status").asText()));

        String fromTemplate = call("createPipelineByTemplate", pipeline, """
                {"project_id":"%s","template_id":"%s","body":{"name":"sdk-from-template","description":"by template",
                 "is_publish":false,"sources":[{"type":"code","params":{"git_type":"codehub",
                   "codehub_id":"2111677704","default_branch":"master","git_url":"%s","repo_name":"demo"}}],
                 "variables":[]}}""".formatted(project, demo.demoTemplateId(), GIT_URL)).path("pipeline_id").asText();
        call("deletePipeline", pipeline, """
                {"project_id":"%s","pipeline_id":"%s"}""".formatted(project, fromTemplate));
        createdPipelineId = pipelineId;
    }

    private String createdPipelineId;

    // ---- Pipeline chapters 4.1 (templates) and 4.5 (groups) ---------------------------------------------------

    private void groupsAndTemplates() {
        String project = demo.projectId();
        String parent = call("createPipelineGroup", pipeline, """
                {"project_id":"%s","body":{"name":"sdk-parent","project_id":"%s","parent_id":""}}"""
                .formatted(project, project)).path("id").asText();
        call("updatePipelineGroup", pipeline, """
                {"project_id":"%s","body":{"name":"sdk-renamed","id":"%s"}}""".formatted(project, parent));
        call("movePipelinesToGroup", pipeline, """
                {"project_id":"%s","body":{"group_id":"%s","pipelines":[{"pipeline_id":"%s",
                 "pipeline_name":"sdk-conformance"}]}}""".formatted(project, parent, createdPipelineId));
        call("showPipelineGroupTree", pipeline, """
                {"project_id":"%s"}""".formatted(project));
        call("deletePipelineGroup", pipeline, """
                {"project_id":"%s","id":"%s"}""".formatted(project, parent));

        String tenant = demo.domainId();
        String template = """
                {"name":"%s","description":"SDK template","language":"Java","definition":"{\\"stages\\":[]}",
                 "is_system":false,"domain_id":"%s","is_show_source":true,
                 "variables":{"name":"VERSION","sequence":1,"type":"string","value":"1.0","is_secret":false,
                   "description":"release","is_runtime":false,"is_reset":false}}""";
        String templateId = call("createPipelineTemplate", pipeline, """
                {"tenant_id":"%s","body":%s}""".formatted(tenant, template.formatted("sdk-template", tenant)))
                .path("templateId").asText();
        call("listPipelineTemplates", pipeline, """
                {"tenant_id":"%s","body":{"offset":0,"limit":10,"sort_key":"name","sort_dir":"asc"}}"""
                .formatted(tenant));
        call("showPipelineTemplateDetail", pipeline, """
                {"tenant_id":"%s","template_id":"%s"}""".formatted(tenant, templateId));
        call("updatePipelineTemplate", pipeline, """
                {"tenant_id":"%s","template_id":"%s","body":%s}"""
                .formatted(tenant, templateId, template.formatted("sdk-template-2", tenant)));
        call("deletePipelineTemplate", pipeline, """
                {"tenant_id":"%s","template_id":"%s"}""".formatted(tenant, templateId));
    }

    // ---- Pipeline chapters 4.6 (rules) and 4.7/4.8 (rule sets) ------------------------------------------------

    private void rulesAndRuleSets() {
        String domain = demo.domainId();
        String rule = """
                {"type":"Build","name":"%s","layout_content":"layout_content",
                 "plugin_id":"official_devcloud_cloudBuild","plugin_name":"official_devcloud_cloudBuild",
                 "plugin_version":"0.0.15","content":[{"group_name":"MavenUnitTest","can_modify_when_inherit":true,
                   "properties":[{"key":"build.PassRatio","type":"judge","name":"PassRatio","operator":"=",
                     "value":"0.1","value_type":"float"}]}]}""";
        String ruleId = call("createRule", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, rule.formatted("sdk-rule"))).path("rule_id").asText();
        call("listRules", pipeline, """
                {"domain_id":"%s","offset":0,"limit":10}""".formatted(domain));
        call("showRuleDetail", pipeline, """
                {"domain_id":"%s","rule_id":"%s"}""".formatted(domain, ruleId));
        call("updateRule", pipeline, """
                {"domain_id":"%s","rule_id":"%s","body":%s}""".formatted(domain, ruleId, rule.formatted("sdk-rule-2")));

        String ruleSetId = call("createTenantRuleSet", pipeline, """
                {"domain_id":"%s","body":{"name":"sdk-policy","rules":[{"id":"%s","is_valid":true}]}}"""
                .formatted(domain, ruleId)).path("rule_set_id").asText();
        call("listTenantRuleSets", pipeline, """
                {"domain_id":"%s","offset":0,"limit":10,"include_tenant_rule_set":true}""".formatted(domain));
        call("showTenantRuleSetDetail", pipeline, """
                {"domain_id":"%s","rule_set_id":"%s"}""".formatted(domain, ruleSetId));
        call("updateTenantRuleSet", pipeline, """
                {"domain_id":"%s","rule_set_id":"%s","body":{"name":"sdk-policy-2",
                 "rules":[{"id":"%s","is_valid":true}]}}""".formatted(domain, ruleSetId, ruleId));
        call("switchTenantRuleSet", pipeline, """
                {"domain_id":"%s","rule_set_id":"%s","body":{"is_valid":true}}""".formatted(domain, ruleSetId));
        call("listProjectRuleSets", pipeline, """
                {"project_id":"%s","offset":0,"limit":10,"include_tenant_rule_set":true}""".formatted(demo.projectId()));
        call("showProjectRuleSetDetail", pipeline, """
                {"project_id":"%s","rule_set_id":"%s"}""".formatted(demo.projectId(), ruleSetId));
        call("deleteTenantRuleSet", pipeline, """
                {"domain_id":"%s","rule_set_id":"%s"}""".formatted(domain, ruleSetId));
        call("deleteRule", pipeline, """
                {"domain_id":"%s","rule_id":"%s"}""".formatted(domain, ruleId));
    }

    // ---- Pipeline chapter 4.9: extension plug-ins and publishers -----------------------------------------------

    private void pluginsAndPublishers() throws IOException {
        String domain = demo.domainId();
        call("createPublisher", pipeline, """
                {"domain_id":"%s","body":{"name":"SDK publisher","en_name":"sdkpublisher","description":"from the SDK",
                 "website":"https://example.com","support_url":"support@example.com",
                 "source_url":"https://example.com/src","logo_url":""}}""".formatted(domain));
        JsonNode publishers = call("listPublishers", pipeline, """
                {"domain_id":"%s","offset":"0","limit":"10"}""".formatted(domain));
        String publisherId = "";
        for (JsonNode publisher : publishers.path("data")) {
            if ("sdkpublisher".equals(publisher.path("en_name").asText())) {
                publisherId = publisher.path("publisher_unique_id").asText();
            }
        }
        call("showPublisherDetails", pipeline, """
                {"domain_id":"%s","body":["%s"]}""".formatted(domain, publisherId));
        call("listAvailablePublishers", pipeline, """
                {"domain_id":"%s"}""".formatted(domain));
        record("uploadPublisherIcon", pipeline, "uploadPublisherIcon", () -> pipeline.uploadPublisherIcon(
                new UploadPublisherIconRequest().withDomainId(domain).withPublisherEnName("sdkpublisher")
                        .withBody(new UploadPublisherIconRequestBody().withUploadFile(
                                new ByteArrayInputStream(png()), "logo.png", "image/png"))));

        String plugin = """
                {"plugin_name":"sdk_plugin","display_name":"SDK plug-in","business_type":"Normal",
                 "business_type_display_name":"General","description":"%s","runtime_attribution":"agent",
                 "is_private":1,"region":"cn-north-4","maintainers":"sdk","version":"0.0.1",
                 "version_description":"first","icon_url":"","unique_id":"",
                 "execution_info":{"inner_execution_info":{"execution_type":"COMPOSITE","steps":[]}},
                 "input_info":[{"name":"greeting","default_value":"hi","type":"input","validation":"",
                   "layout_content":"{}"}]}""";
        call("createPluginDraft", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, plugin.formatted("a draft")));
        call("updatePluginDraft", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, plugin.formatted("an edited draft")));
        call("publishPluginDraft", pipeline, """
                {"domain_id":"%s","body":{"plugin_name":"sdk_plugin","version":"0.0.1","display_name":"SDK plug-in",
                 "plugin_attribution":"custom","version_attribution":"draft"}}""".formatted(domain));
        call("createPluginVersion", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, plugin.formatted("second version")
                .replace("\"0.0.1\"", "\"0.0.2\"")));
        call("createPluginDraft", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, plugin.formatted("a draft to delete")
                .replace("\"0.0.1\"", "\"0.0.3\"")));
        call("deletePluginDraft", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_plugin","version":"0.0.3"}""".formatted(domain));
        call("updatePluginInfo", pipeline, """
                {"domain_id":"%s","body":{"plugin_name":"sdk_plugin","display_name":"SDK plug-in (renamed)",
                 "business_type":"Normal","description":"renamed","runtime_attribution":"agent","is_private":1,
                 "maintainers":"sdk","plugin_composition_type":"multi"}}""".formatted(domain));
        call("listAllPlugins", pipeline, """
                {"domain_id":"%s","offset":"0","limit":"10","body":{"regex_name":"sdk","business_type":["Normal"],
                 "plugin_attribution":"custom"}}""".formatted(domain));
        call("listPluginVersionsInfo", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_plugin","offset":"0","limit":"10"}""".formatted(domain));
        call("listPluginVersionNumbers", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_plugin","offset":"0","limit":"10"}""".formatted(domain));
        call("showPluginVersionDetail", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_plugin","version":"0.0.1"}""".formatted(domain));
        String parts = """
                {"domain_id":"%s","body":[{"plugin_name":"sdk_plugin","version":"0.0.1","display_name":"SDK plug-in",
                 "plugin_attribution":"custom","version_attribution":"formal"}]}""".formatted(domain);
        call("listPluginInputs", pipeline, parts);
        call("listPluginOutputs", pipeline, parts);
        call("listPluginMetrics", pipeline, parts);
        String publish = """
                {"domain_id":"%s","body":{"plugin_name":"sdk_plugin","version":"0.0.1","publisher_unique_id":"%s"}}"""
                .formatted(domain, publisherId);
        call("bindPluginToPublisher", pipeline, publish);
        call("publishPlugin", pipeline, publish);
        record("uploadPluginIcon", pipeline, "uploadPluginIcon", () -> pipeline.uploadPluginIcon(
                new UploadPluginIconRequest().withDomainId(domain).withPluginName("sdk_plugin")
                        .withBody(new UploadPluginIconRequestBody().withUploadFile(
                                new ByteArrayInputStream(png()), "icon.png", "image/png"))));
        call("listBasicPlugins", pipeline, """
                {"domain_id":"%s","attribution":"official","offset":"0","limit":"10"}""".formatted(domain));
        call("listSelectablePluginsPaged", pipeline, """
                {"domain_id":"%s","offset":0,"limit":10,"body":{"use_condition":"pipeline",
                 "input_repo_type":"codehub","input_source_type":"single","business_type":"Build"}}""".formatted(domain));
        call("listStagePlugins", pipeline, """
                {"domain_id":"%s","body":{"use_condition":"pipeline"}}""".formatted(domain));

        String basic = """
                {"plugin_name":"sdk_basic","display_name":"%s","business_type":"Normal",
                 "business_type_display_name":"General","description":"a basic plug-in","runtime_attribution":"agent",
                 "is_private":1,"region":"cn-north-4","maintainers":"sdk","plugin_composition_type":"single",
                 "icon_url":"","unique_id":""}""";
        call("createBasicPlugin", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, basic.formatted("SDK basic")));
        call("updateBasicPlugin", pipeline, """
                {"domain_id":"%s","body":%s}""".formatted(domain, basic.formatted("SDK basic (renamed)")));
        record("uploadBasicPlugin", pipeline, "uploadBasicPlugin", () -> pipeline.uploadBasicPlugin(
                new UploadBasicPluginRequest().withDomainId(domain).withPluginName("sdk_basic")
                        .withBusinessType("Normal").withBody(new UploadBasicPluginRequestBody().withUploadFile(
                                new ByteArrayInputStream(zip("codearts-extension.json", BASIC_PLUGIN_MANIFEST)),
                                "sdk_basic.zip", "application/zip"))));
        JsonNode basicDetail = call("showBasicPluginDetail", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_basic","version":"0.0.1"}""".formatted(domain));
        call("deleteBasicPlugin", pipeline, """
                {"domain_id":"%s","plugin_name":"sdk_basic","type":"all","version":"%s"}"""
                .formatted(domain, basicDetail.path("version").asText("0.0.1")));
        // the first publisher has sdk_plugin bound to it for good; a second one, with nothing bound, is deleted
        call("createPublisher", pipeline, """
                {"domain_id":"%s","body":{"name":"SDK spare","en_name":"sdkspare","support_url":"support@example.com"}}"""
                .formatted(domain));
        String spareId = "";
        for (JsonNode publisher : raw("listPublishers", pipeline, """
                {"domain_id":"%s","offset":"0","limit":"50"}""".formatted(domain)).path("data")) {
            if ("sdkspare".equals(publisher.path("en_name").asText())) {
                spareId = publisher.path("publisher_unique_id").asText();
            }
        }
        call("deletePublisher", pipeline, """
                {"domain_id":"%s","publisher_unique_id":"%s"}""".formatted(domain, spareId));
    }

    // ---- IDE Online chapter 4.1-4.4: instances, stacks, account ------------------------------------------------

    private void ideInstances() {
        String instanceId = call("createIdeInstance", ide, """
                {"org_id":"%s","body":{"display_name":"sdk-instance","description":"from the SDK",
                 "stack_id":"%s","cpu_memory":"2U4G","pvc_quantity":"5GB","arch":"x86","is_temporary":false,
                 "refresh_interval":"30","plugin_enable_list":[],"plugin_vars":{}}}"""
                .formatted(demo.domainId(), demo.demoStackId())).at("/result/id").asText();
        call("listIdeInstances", ide, """
                {"offset":0,"limit":10,"sort_key":"created_time","sort_dir":"desc"}""");
        call("listOrgIdeInstances", ide, """
                {"org_id":"%s","offset":0,"limit":10}""".formatted(demo.domainId()));
        call("showIdeInstance", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("showIdeInstanceStatus", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("updateIdeInstance", ide, """
                {"instance_id":"%s","body":{"display_name":"sdk-instance-2","description":"renamed",
                 "refresh_interval":"60"}}""".formatted(instanceId));
        call("checkIdeInstanceNameDuplicate", ide, """
                {"display_name":"sdk-instance-2"}""");
        call("startIdeInstance", ide, """
                {"instance_id":"%s","body":{"plugin_enable_list":[],"plugin_vars":{}}}""".formatted(instanceId));
        await("the instance to run", () -> raw("showIdeInstanceStatus", ide, """
                {"instance_id":"%s"}""".formatted(instanceId)), answer -> "RUNNING".equals(answer.at("/result/status").asText()));
        call("checkIdeInstanceAccess", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("refreshIdeInstanceActivity", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("setExtensionAuthorization", ide, """
                {"instance_id":"%s","body":{"extension_version":"1.0.1","identifier":"redhat.java",
                 "instance_id":"%s","status":"REJECT"}}""".formatted(instanceId, instanceId));
        call("showExtensionAuthorization", ide, """
                {"extension_version":"1.0.1","identifier":"redhat.java","instance_id":"%s"}""".formatted(instanceId));
        call("stopIdeInstance", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("deleteIdeInstance", ide, """
                {"instance_id":"%s"}""".formatted(instanceId));
        call("createPartnerIdeInstance", ide, """
                {"instance_label":"partner","body":{"instance_name":"sdk-partner","description":"third party",
                 "stack_id":"%s","cpu_memory":"2U4G","pvc_quantity":"5GB","arch":"x86","is_temporary":true,
                 "instance_user_domain_id":"%s","instance_user_id":"%s","refresh_time":"30",
                 "plugins":[{"name":"redhat.java","attribute":"{}"}]}}"""
                .formatted(demo.demoStackId(), demo.domainId(), demo.userId()));

        call("listStacksByTag", ide, "{}");
        call("listStackPrices", ide, "{}");
        call("listStackTemplates", ide, """
                {"arch":"x86","stack_id":"all"}""");
        call("showAccountStatus", ide, "{}");
    }

    // ---- IDE Online chapters 4.7-4.9: CodeBreeze and TSBot ----------------------------------------------------

    private void ideCatalogueAndAssistants() {
        call("createLogin", ide, """
                {"body":{"ide_type":"vscode","ide_version":"1.80.0","plugin_version":"1.2.3"}}""");
        String requestId = call("createCodeGenerationRequest", ide, """
                {"topn":1,"scenario":"code","resubmit":false,"body":{"language":"python","signature":"def add(x, y):",
                 "docstring":"add two numbers","context":"","ide_type":"vscode","ide_version":"1.80.0",
                 "plugin_version":"1.2.3","above_text":"","following_text":""}}""").path("request_id").asText();
        String resultRequest = """
                {"request_id":"%s"}""".formatted(requestId);
        // The emulator generates for a few hundred milliseconds; a task can be accepted only once it has finished.
        await("the code generation to complete", () -> raw("showCodeGenerationResult", ide, resultRequest),
                result -> "completed".equals(result.path("request_status").asText()));
        call("showCodeGenerationResult", ide, resultRequest);
        call("createAcceptance", ide, """
                {"body":{"request_id":"%s","task_id":0}}""".formatted(requestId));
        call("createEvent", ide, """
                {"body":{"component":"plugin","verb":"click","object":"generate","data":{"times":1}}}""");
        call("createJoinRequest", ide, """
                {"body":{"region":"cn-north-4","name":"Demo User","email":"demo@example.com",
                 "organization":"Example","phone_number":"+8613800000000","invitation_code":"INVITE"}}""");

        String chatId = call("startTsbotChat", ide, """
                {"body":{"user_type":"IDE","user_id":"%s"}}""".formatted(demo.userId())).path("chat_id").asText();
        String resultId = call("asyncTsbotChat", ide, """
                {"body":{"chat_id":"%s","message":"how do I run a pipeline?","user_id":"%s","infer_end":true,
                 "need_preprocess":false,"meta_prompt":[],"case":"chat"}}""".formatted(chatId, demo.userId()))
                .path("result_id").asText();
        call("getTsbotChatResult", ide, """
                {"body":{"result_id":"%s"}}""".formatted(resultId));
    }

    // ---- IDE Online chapter 4.6: the marketplace ---------------------------------------------------------------

    private void marketplace() throws IOException {
        JsonNode mine = call("listMyPublishers", ide, "{}");
        String publisherId = mine.at("/result/0/id").asText();
        String publisherIdentifier = mine.at("/result/0/identifier").asText();
        call("listExtensionCategories", ide, """
                {"page_num":1,"page_size":10}""");
        byte[] vsix = vsix("{\"name\":\"sdk-ext\",\"publisher\":\"" + publisherIdentifier
                + "\",\"version\":\"1.0.0\",\"displayName\":\"SDK extension\"}");
        int half = vsix.length / 2;
        byte[] first = java.util.Arrays.copyOfRange(vsix, 0, half);
        byte[] second = java.util.Arrays.copyOfRange(vsix, half, vsix.length);
        JsonNode firstChunk = record("uploadFileChunk", ide, "uploadFilePublisher",
                () -> ide.uploadFilePublisher(chunk(publisherId, first, 1, false, vsix.length, null)));
        String taskId = firstChunk.at("/result/task_id").asText();
        record("uploadFileChunk", ide, "uploadFilePublisher",
                () -> ide.uploadFilePublisher(chunk(publisherId, second, 2, true, vsix.length, taskId)));
        call("showExtensionCheckResult", ide, """
                {"task_id":"%s"}""".formatted(taskId));
        String extensionId = call("publishExtension", ide, """
                {"task_id":"%s","body":{"type":10}}""".formatted(taskId)).at("/result/extensionId").asText();

        byte[] nextVersion = vsix("{\"name\":\"sdk-ext\",\"publisher\":\"" + publisherIdentifier
                + "\",\"version\":\"1.0.1\",\"displayName\":\"SDK extension\"}");
        record("uploadMarketplacePlugin", ide, "uploadExtensionFile", () -> ide.uploadExtensionFile(
                new UploadExtensionFileRequest().withOfficial("CodeArtsIDEOnline").withBody(
                        new UploadExtensionFileRequestBody().withFile(new ByteArrayInputStream(nextVersion),
                                "sdk-ext-1.0.1.vsix", "application/octet-stream"))));

        call("queryExtensions", ide, """
                {"body":{"filters":[{"criteria":[{"filter_type":4,"value":"%s"}],"page_number":1,"page_size":10,
                 "sort_by":1,"sort_order":1}],"flags":0}}""".formatted(extensionId));
        call("showExtensionDetails", ide, """
                {"body":{"ids":"%s"}}""".formatted(extensionId));
        call("createExtensionStar", ide, """
                {"body":{"extension_id":"%s","comment":"useful","stars":5}}""".formatted(extensionId));
        call("listExtensionStars", ide, """
                {"extension_id":"%s","offset":0,"limit":10}""".formatted(extensionId));
        call("createExtensionEvaluation", ide, """
                {"body":{"extension_id":"%s","text":"works well"}}""".formatted(extensionId));
        JsonNode threads = call("listExtensionEvaluations", ide, """
                {"extension_id":"%s","offset":0,"limit":10}""".formatted(extensionId));
        String evaluationId = firstEvaluationId(threads);
        call("replyEvaluation", ide, """
                {"body":{"evaluation_id":"%s","text":"thanks"}}""".formatted(evaluationId));
        JsonNode withReply = raw("listExtensionEvaluations", ide, """
                {"extension_id":"%s","offset":0,"limit":10}""".formatted(extensionId));
        String replyId = firstReplyId(withReply);
        call("reportEvaluation", ide, """
                {"body":{"evaluation_id":"%s","reply_id":"%s","content":"spam"}}""".formatted(evaluationId, replyId));
        call("deleteEvaluationReply", ide, """
                {"reply_id":%s}""".formatted(replyId));
        call("deleteEvaluation", ide, """
                {"evaluation_id":%s}""".formatted(evaluationId));
    }

    // ---- Errors ------------------------------------------------------------------------------------------------

    /**
     * A 4xx from any chapter reaches the SDK as a ServiceResponseException with the code and request id; the
     * Pipeline business errors the documents and the real service answer with HTTP 200 arrive as bodies with
     * error_code, which the SDK cannot turn into exceptions.
     */
    private void errorsReachTheSdk() {
        String unknown = "0123456789abcdef0123456789abcdef";
        expectException("showIdeInstance", ide, """
                {"instance_id":"%s"}""".formatted(unknown), 404);
        expectException("createIdeInstance", ide, """
                {"org_id":"%s","body":{"display_name":"","stack_id":"%s"}}""".formatted(demo.domainId(), unknown), 406);
        expectException("createPipelineGroup", pipeline, """
                {"project_id":"%s","body":{"project_id":"%s"}}""".formatted(demo.projectId(), demo.projectId()), 400);
        expectException("deleteEvaluation", ide, """
                {"evaluation_id":999999}""", 404);
        expectException("createExtensionStar", ide, """
                {"body":{"extension_id":"17c341ee-797e-4824-aec5-6fafb3c0eced","comment":"too many","stars":9}}""", 406);
        expectBusinessError("showPipelineRunDetail", pipeline, """
                {"project_id":"%s","pipeline_id":"%s","pipeline_run_id":"%s"}"""
                .formatted(demo.projectId(), createdPipelineId, unknown), "DEVCP.00012002");
        expectBusinessError("deletePipeline", pipeline, """
                {"project_id":"%s","pipeline_id":"%s"}""".formatted(demo.projectId(), unknown), "DEVPIPE.00011401");
        expectBusinessError("showRuleDetail", pipeline, """
                {"domain_id":"%s","rule_id":"%s"}""".formatted(demo.domainId(), unknown), "DEVCP.00012002");
    }

    private void expectException(String operation, Object client, String json, int status) {
        try {
            invoke(client, SDK_OPERATIONS.get(operation), json);
            errorFindings.add(operation + ": no exception for an expected HTTP " + status);
        } catch (ServiceResponseException e) {
            if (e.getHttpStatusCode() != status || e.getErrorCode() == null || e.getRequestId() == null) {
                errorFindings.add(operation + ": " + e.getHttpStatusCode() + " " + e.getErrorCode() + " request id "
                        + e.getRequestId() + ", expected HTTP " + status + " with code and request id");
            }
        } catch (Exception e) {
            errorFindings.add(operation + ": " + e);
        }
    }

    private void expectBusinessError(String operation, Object client, String json, String code) {
        try {
            SdkResponse response = invoke(client, SDK_OPERATIONS.get(operation), json);
            JsonNode body = TREE.readTree(LAST_BODY.get());
            if (response.getHttpStatusCode() != 200 || !code.equals(body.path("error_code").asText())) {
                errorFindings.add(operation + ": HTTP " + response.getHttpStatusCode() + " " + body
                        + ", expected the business error " + code + " at HTTP 200");
            }
        } catch (Exception e) {
            errorFindings.add(operation + ": " + e + ", expected the business error " + code + " at HTTP 200");
        }
    }

    // ---- Calling the SDK ---------------------------------------------------------------------------------------

    /** Calls our operation through its SDK operation with a request read from JSON; records whether it conformed. */
    private JsonNode call(String operation, Object client, String requestJson) {
        String sdkOperation = SDK_OPERATIONS.get(operation);
        assertThat(sdkOperation).as("SDK operation for " + operation).isNotNull();
        return record(operation, client, sdkOperation, () -> invoke(client, sdkOperation, requestJson));
    }

    /** The raw answer, for polling and ids; not recorded. */
    private JsonNode raw(String operation, Object client, String requestJson) {
        try {
            invoke(client, SDK_OPERATIONS.get(operation), requestJson);
        } catch (Exception e) {
            // the body is read below either way
        }
        return tree(LAST_BODY.get());
    }

    /** The body as JSON; a body that is not JSON (the icon uploads' bare path) as a text node. */
    private static JsonNode tree(String text) {
        if (text == null || text.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return TREE.readTree(text);
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }

    interface SdkCall {
        SdkResponse run() throws Exception;
    }

    private JsonNode record(String operation, Object client, String sdkOperation, SdkCall sdkCall) {
        String failure = null;
        JsonNode body = MissingNode.getInstance();
        try {
            LAST_BODY.remove();
            SdkResponse response = sdkCall.run();
            String text = LAST_BODY.get();
            body = tree(text);
            if (response.getHttpStatusCode() / 100 != 2) {
                failure = "HTTP " + response.getHttpStatusCode();
            } else if (body.isObject() && body.has("error_code")) {
                failure = "HTTP " + response.getHttpStatusCode() + " with " + body.get("error_code");
            } else {
                failure = strictParse(response.getClass(), text);
                survey(response.getClass(), body, 0);
            }
        } catch (ServiceResponseException e) {
            failure = "HTTP " + e.getHttpStatusCode() + " " + e.getErrorCode() + ": " + e.getErrorMsg();
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        String previous = results.get(operation);
        results.put(operation, previous != null ? previous : failure);
        return body;
    }

    /**
     * Null when the body reads into the SDK model and has no property the model lacks (the SDK would drop it
     * silently); else every such property, as Model.property.
     */
    private static String strictParse(Class<?> responseClass, String text) {
        if (text == null || text.isBlank() || !text.strip().startsWith("{") || hasBodyProperty(responseClass)) {
            return null;
        }
        TreeSet<String> unknown = new TreeSet<>();
        ObjectMapper collecting = LENIENT.copy().addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                    JsonDeserializer<?> deserializer, Object bean, String property) throws IOException {
                unknown.add((bean == null ? "?" : bean.getClass().getSimpleName()) + "." + property);
                parser.skipChildren();
                return true;
            }
        });
        try {
            collecting.readValue(text, responseClass);
        } catch (IOException e) {
            return "the SDK model " + responseClass.getSimpleName() + " cannot read it: "
                    + e.getMessage().lines().findFirst().orElse("");
        }
        return unknown.isEmpty() ? null : "properties the SDK model lacks: " + unknown;
    }

    /**
     * Notes which properties of the SDK's models the answer carried: a key present in the JSON counts, even with
     * null, as the documents' examples send unset values.
     */
    private void survey(java.lang.reflect.Type type, JsonNode json, int depth) {
        if (json == null || json.isNull() || depth > 12) {
            return;
        }
        com.fasterxml.jackson.databind.JavaType javaType = TREE.constructType(type);
        if (json.isArray() && javaType.isCollectionLikeType()) {
            json.forEach(item -> survey(javaType.getContentType(), item, depth + 1));
            return;
        }
        Class<?> model = javaType.getRawClass();
        if (!json.isObject() || !model.getName().startsWith("com.huaweicloud.sdk.") || !model.getName()
                .contains(".model.")) {
            return;
        }
        for (var field : model.getDeclaredFields()) {
            var property = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property == null || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (property.value().equals("body")) {
                survey(field.getGenericType(), json, depth + 1);
                continue;
            }
            String name = model.getSimpleName() + "." + property.value();
            declared.add(name);
            if (json.has(property.value())) {
                filled.add(name);
                survey(field.getGenericType(), json.get(property.value()), depth + 1);
            }
        }
    }

    /** Responses that are a bare array, string or literal are wrapped by the SDK in a "body" property. */
    private static boolean hasBodyProperty(Class<?> responseClass) {
        for (var field : responseClass.getDeclaredFields()) {
            var property = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property != null && "body".equals(property.value())) {
                return true;
            }
        }
        return false;
    }

    private static SdkResponse invoke(Object client, String sdkOperation, String requestJson) throws Exception {
        Method method = null;
        for (Method candidate : client.getClass().getMethods()) {
            if (candidate.getName().equals(sdkOperation) && candidate.getParameterCount() == 1
                    && candidate.getParameterTypes()[0].getSimpleName().endsWith("Request")) {
                method = candidate;
            }
        }
        assertThat(method).as(client.getClass().getSimpleName() + "." + sdkOperation).isNotNull();
        Object request = REQUESTS.readValue(requestJson, method.getParameterTypes()[0]);
        try {
            return (SdkResponse) method.invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static JsonNode await(String what, Supplier<JsonNode> poll, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last = poll.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + WAIT + " waiting for " + what + "; last answer: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = poll.get();
        }
        return last;
    }

    private static String firstEvaluationId(JsonNode threads) {
        for (JsonNode thread : threads.at("/result/items")) {
            return thread.at("/evaluation/id").asText();
        }
        return "0";
    }

    private static String firstReplyId(JsonNode threads) {
        for (JsonNode thread : threads.at("/result/items")) {
            for (JsonNode reply : thread.path("evaluationReply")) {
                return reply.path("id").asText();
            }
        }
        return "0";
    }

    private static UploadFilePublisherRequest chunk(String publisherId, byte[] bytes, long index, boolean merge,
            long total, String taskId) {
        return new UploadFilePublisherRequest().withBody(new UploadFilePublisherRequestBody()
                .withFile(new ByteArrayInputStream(bytes), "sdk-ext.vsix.part" + index, "application/octet-stream")
                .withPublisherId(publisherId).withChunkIndex(index).withMerge(merge).withTotalChunkNum(2L)
                .withParentFileSize(total).withParentFileName("sdk-ext.vsix").withOverride(false)
                .withChunkMd5(md5(bytes)).withTaskId(taskId));
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] vsix(String packageJson) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("extension/package.json"));
            zip.write(packageJson.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("extension/README.md"));
            zip.write("# SDK conformance extension\n".repeat(200).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
