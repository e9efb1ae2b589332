package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.ide.model.authorization.ExtensionAuthorizationStatus;
import io.jenkins.plugins.codearts.client.ide.model.authorization.SetExtensionAuthorizationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationOptions;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CodeGenerationStatus;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateAcceptanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateEventRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.CreateLoginRequest;
import io.jenkins.plugins.codearts.client.ide.model.codebreeze.JoinRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.CreateStarRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionFilter;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionStatus;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ExtensionVersionStatus;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.FileChunkUpload;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.QueryExtensionsRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReplyEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.marketplace.ReportEvaluationRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.AsyncChatRequest;
import io.jenkins.plugins.codearts.client.ide.model.tsbot.StartChatRequest;
import io.jenkins.plugins.codearts.client.model.UploadFile;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.CreatePublisherRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListAllPluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.ListStagePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginExecutionInfo;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginInfoRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginQuery;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PluginVersionRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginDraftRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.PublishPluginRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.extensions.SelectablePluginsRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.CreatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.MovePipelinesToGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineToMove;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.UpdatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.CreateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.OpenSourceRuleContent;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.UpdateTenantOpenSourceRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.VersionRule;
import io.jenkins.plugins.codearts.client.pipeline.model.opensource.VersionSetPolicy;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleContent;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleProperty;
import io.jenkins.plugins.codearts.client.pipeline.model.rules.RuleRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.CreateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetFilter;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.RuleSetRuleRef;
import io.jenkins.plugins.codearts.client.pipeline.model.rulesets.UpdateTenantRuleSetRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.ListPipelineTemplatesRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.templates.PipelineTemplateRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the chapters this client adds beyond 4.2 (Pipeline) and 4.1 (IDE), over real HTTP on loopback
 * (OkHttp MockWebServer): the typed method sends the documented method, path, query and body, signed with AK/SK,
 * and reads the document's example response (or a minimal documented one where the document has none).
 */
class ChapterWireTest {

    private static final String TENANT = "tenant-1";
    private static final String DOMAIN = "domain-1";
    private static final String PROJECT = "project-1";
    private static final byte[] ICON_BYTES = "PNG-ICON-BYTES-0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PACKAGE_BYTES = "PK-PLUGIN-PACKAGE-BYTES".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final LoopbackServer loopback = new LoopbackServer();
    private static Path icon;

    /** One table row: the call, the canned response and what must arrive at the server. */
    record Row(String operation, Function<CodeArtsClient, Object> call, String response, String method,
            String pathAndQuery, Body body, Consumer<Object> check) {
        @Override
        public String toString() {
            return operation;
        }
    }

    /** The expected request body: JSON, none, or multipart with fragments that must appear in it. */
    record Body(String json, List<String> multipartFragments) {
        static Body none() {
            return new Body(null, null);
        }

        static Body json(String json) {
            return new Body(json, null);
        }

        static Body multipart(String... fragments) {
            return new Body(null, List.of(fragments));
        }
    }

    @BeforeAll
    static void writeIcon() throws IOException {
        icon = Files.createTempFile("coverage-icon", ".png");
        Files.write(icon, ICON_BYTES);
    }

    @AfterAll
    static void deleteIcon() throws IOException {
        Files.deleteIfExists(icon);
    }

    static Stream<Row> rows() {
        return Stream.of(pipelineRows(), extensionRows(), ideRows()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void typedCallSendsTheDocumentedRequestAndReadsTheResponse(Row row) throws InterruptedException {
        Operation operation = OperationCatalog.instance().require(row.operation());
        MockWebServer server = loopback.server();
        int before = server.getRequestCount();
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(row.response()));

        Object result = row.call().apply(loopback.client());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request of %s", row.operation()).isNotNull();
        assertThat(server.getRequestCount()).as("exactly one request").isEqualTo(before + 1);
        assertThat(request.getMethod()).isEqualTo(row.method()).isEqualTo(operation.method());
        HttpUrl expected = HttpUrl.get(server.url("/").toString().replaceAll("/$", "") + row.pathAndQuery());
        HttpUrl actual = request.getRequestUrl();
        assertThat(actual.encodedPath()).isEqualTo(expected.encodedPath());
        assertThat(pathMatchesTemplate(actual.encodedPath(), operation.pathTemplate()))
                .as("%s matches the documented template %s", actual.encodedPath(), operation.pathTemplate()).isTrue();
        assertThat(queryPairs(actual)).as("query of %s", row.operation())
                .containsExactlyInAnyOrderElementsOf(queryPairs(expected));
        assertThat(request.getHeader("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=" + LoopbackServer.ACCESS_KEY + ", ");
        assertBody(row, request);
        row.check().accept(result);
    }

    @Test
    void theTableCoversEveryOperationOutsideTheLifecycleChaptersOnce() {
        List<String> names = rows().map(Row::operation).toList();
        assertThat(new HashSet<>(names)).as("no duplicates").hasSize(names.size());
        Set<String> lifecycle = Set.of(
                // Pipeline 4.2 (client core engineer)
                "runPipeline", "batchShowPipelineStatus", "showPipelineRunDetail", "listPipelines", "deletePipeline",
                "stopPipelineRun", "listPipelineRuns", "createPipelineByTemplate", "createPipeline",
                "retryPipelineRun", "passManualReview", "refuseManualReview", "showStepLogs",
                // IDE 4.1 (client core engineer)
                "checkIdeInstanceNameDuplicate", "showIdeInstance", "updateIdeInstance", "deleteIdeInstance",
                "startIdeInstance", "stopIdeInstance", "createIdeInstance", "listOrgIdeInstances", "listIdeInstances",
                "createPartnerIdeInstance", "checkIdeInstanceAccess", "refreshIdeInstanceActivity",
                "showIdeInstanceStatus");
        List<String> expected = OperationCatalog.instance().documented().stream().map(Operation::name)
                .filter(name -> !lifecycle.contains(name)).toList();
        assertThat(expected).hasSize(93);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void assertBody(Row row, RecordedRequest request) {
        String text = request.getBody().readString(StandardCharsets.UTF_8);
        Body body = row.body();
        if (body.multipartFragments() != null) {
            assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
            assertThat(request.getHeader("X-Sdk-Content-Sha256")).isEqualTo("UNSIGNED-PAYLOAD");
            // OkHttp 4 writes a Content-Length header on each form part, OkHttp 5 does not; the server needs neither.
            String withoutPartLengths = text.replaceAll("\r\nContent-Length: \\d+\r\n", "\r\n");
            assertThat(withoutPartLengths).contains(body.multipartFragments());
        } else if (body.json() != null) {
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getHeader("X-Sdk-Content-Sha256")).isNull();
            assertThat(tree(text)).as("body of %s", row.operation()).isEqualTo(tree(body.json()));
        } else {
            assertThat(text).as("no body for %s", row.operation()).isEmpty();
        }
    }

    private static boolean pathMatchesTemplate(String path, String template) {
        String regex = Arrays.stream(template.split("/", -1))
                .map(segment -> segment.startsWith("{") ? "[^/]+" : java.util.regex.Pattern.quote(segment))
                .reduce((a, b) -> a + "/" + b).orElseThrow();
        return path.matches(regex);
    }

    private static List<String> queryPairs(HttpUrl url) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            pairs.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
        }
        return pairs;
    }

    private static JsonNode tree(String json) {
        try {
            return CodeArtsJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example(String name) {
        try (InputStream in = ChapterWireTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            assertThat(in).as("example %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Row row(String operation, Function<CodeArtsClient, T> call, String response, String method,
            String pathAndQuery, Body body, Consumer<T> check) {
        return new Row(operation, (Function<CodeArtsClient, Object>) call, response, method, pathAndQuery, body,
                result -> check.accept((T) result));
    }

    // ---------------------------------------------------------------- Pipeline 4.1, 4.3 - 4.8

    private static final String TEMPLATE_BODY = "{\"name\":\"tpl\",\"language\":\"Java\",\"variables\":[],"
            + "\"definition\":\"{\\\"stages\\\":[]}\",\"is_system\":false,\"domain_id\":\"domain-1\",\"is_show_source\":true}";

    private static PipelineTemplateRequest templateRequest() {
        return PipelineTemplateRequest.builder().name("tpl").language("Java").variables(List.of())
                .definition("{\"stages\":[]}").isSystem(false).domainId(DOMAIN).isShowSource(true).build();
    }

    private static final String RULE_BODY = "{\"type\":\"Test\",\"name\":\"n\",\"layout_content\":\"layout_content\","
            + "\"content\":[{\"group_name\":\"grp\",\"properties\":[{\"key\":\"pass_ratio\",\"type\":\"judge\","
            + "\"name\":\"API test pass rate\",\"operator\":\"=\",\"value\":\"0.5\",\"value_type\":\"float\"}]}]}";

    private static RuleRequest ruleRequest() {
        return RuleRequest.builder().type("Test").name("n").layoutContent("layout_content")
                .content(List.of(new RuleContent("grp", null, null, List.of(
                        new RuleProperty("pass_ratio", "judge", "API test pass rate", "=", "0.5", "float")))))
                .build();
    }

    private static final String OSS_CONTENT = "{\"version_set\":{\"enable\":true,\"rules\":[{\"enable\":true,"
            + "\"ecosystem\":\"Maven\",\"package_name\":\"sboot\",\"package_version\":\"1.1\",\"description\":\"\","
            + "\"predicate\":\"eq\"}]}}";

    private static OpenSourceRuleContent ossContent() {
        return new OpenSourceRuleContent(new VersionSetPolicy(true,
                List.of(new VersionRule(true, "Maven", "sboot", "1.1", "", "eq"))), null, null);
    }

    private static List<Row> pipelineRows() {
        return List.of(
                row("listPipelineTemplates", c -> c.pipeline().templates().listPipelineTemplates(TENANT,
                                ListPipelineTemplatesRequest.builder().name("maven").offset(0L).limit(3L).build()),
                        example("pipeline/listPipelineTemplates"), "POST", "/v5/tenant-1/api/pipeline-templates/list",
                        Body.json("{\"name\":\"maven\",\"offset\":0,\"limit\":3}"), page -> {
                            assertThat(page.total()).isEqualTo(19);
                            assertThat(page.templates()).hasSize(3);
                            assertThat(page.templates().get(0).updaterId()).isEqualTo("e908740fe06e44a28f30c0f3c81b2ad5");
                        }),
                row("createPipelineTemplate", c -> c.pipeline().templates().createPipelineTemplate(TENANT,
                                templateRequest()), example("pipeline/createPipelineTemplate"), "POST",
                        "/v5/tenant-1/api/pipeline-templates", Body.json(TEMPLATE_BODY),
                        id -> assertThat(id.templateId()).isEqualTo("ad8a26f8b19a4b83a8d92eb733b65476")),
                row("showPipelineTemplateDetail", c -> c.pipeline().templates().showPipelineTemplateDetail(TENANT,
                                "tpl-1"), example("pipeline/showPipelineTemplateDetail"), "GET",
                        "/v5/tenant-1/api/pipeline-templates/tpl-1", Body.none(), detail -> {
                            assertThat(detail.id()).isEqualTo("deb18013bb6c4659b160b15fd7468644");
                            assertThat(detail.isShowSource()).isTrue();
                            assertThat(detail.definition()).startsWith("{\"stages\"");
                        }),
                row("updatePipelineTemplate", c -> c.pipeline().templates().updatePipelineTemplate(TENANT, "tpl-1",
                                templateRequest()), example("pipeline/updatePipelineTemplate"), "PUT",
                        "/v5/tenant-1/api/pipeline-templates/tpl-1", Body.json(TEMPLATE_BODY),
                        id -> assertThat(id.templateId()).isEqualTo("ad8a26f8b19a4b83a8d92eb733b65476")),
                row("deletePipelineTemplate", c -> c.pipeline().templates().deletePipelineTemplate(TENANT, "tpl-1"),
                        example("pipeline/deletePipelineTemplate"), "DELETE", "/v5/tenant-1/api/pipeline-templates/tpl-1",
                        Body.none(), id -> assertThat(id.templateId()).isEqualTo("8178e40e7525419596a2c02e0c12e690")),
                row("createPipelineGroup", c -> c.pipeline().groups().createPipelineGroup(PROJECT,
                                new CreatePipelineGroupRequest("G1", PROJECT, "")), example("pipeline/createPipelineGroup"),
                        "POST", "/v5/project-1/api/pipeline-group/create",
                        Body.json("{\"name\":\"G1\",\"project_id\":\"project-1\",\"parent_id\":\"\"}"), group -> {
                            assertThat(group.pathId()).isEqualTo(group.id());
                            assertThat(group.ordinal()).isZero();
                        }),
                row("updatePipelineGroup", c -> c.pipeline().groups().updatePipelineGroup(PROJECT,
                                new UpdatePipelineGroupRequest("G2", "g-1")), example("pipeline/updatePipelineGroup"),
                        "POST", "/v5/project-1/api/pipeline-group/update", Body.json("{\"name\":\"G2\",\"id\":\"g-1\"}"),
                        result -> assertThat(result.success()).isTrue()),
                row("deletePipelineGroup", c -> c.pipeline().groups().deletePipelineGroup(PROJECT, "g-1"),
                        example("pipeline/deletePipelineGroup"), "DELETE", "/v5/project-1/api/pipeline-group/delete?id=g-1",
                        Body.none(), result -> assertThat(result.success()).isTrue()),
                row("showPipelineGroupTree", c -> c.pipeline().groups().showPipelineGroupTree(PROJECT),
                        example("pipeline/showPipelineGroupTree"), "GET", "/v5/project-1/api/pipeline-group/tree",
                        Body.none(), tree -> {
                            assertThat(tree).hasSize(3);
                            assertThat(tree.get(0).children()).isNull();
                            assertThat(tree.get(2).children()).hasSize(2);
                            assertThat(tree.get(2).updater()).isEqualTo("847a5317086c41798469d0868535943a");
                            assertThat(tree.get(2).children().get(1).children()).hasSize(2);
                        }),
                row("movePipelinesToGroup", c -> c.pipeline().groups().movePipelinesToGroup(PROJECT,
                                new MovePipelinesToGroupRequest("g-1", List.of(new PipelineToMove("p1", "one")))),
                        example("pipeline/movePipelinesToGroup"), "POST", "/v5/project-1/api/pipeline-group/pipeline/move",
                        Body.json("{\"group_id\":\"g-1\",\"pipelines\":[{\"pipeline_id\":\"p1\",\"pipeline_name\":\"one\"}]}"),
                        results -> assertThat(results).extracting(r -> r.code()).containsExactly("success", "success")),
                row("showRuleDetail", c -> c.pipeline().rules().showRuleDetail(DOMAIN, "r-1"),
                        example("pipeline/showRuleDetail"), "GET", "/v2/domain-1/rules/r-1/detail", Body.none(), rule -> {
                            assertThat(rule.content()).hasSize(1);
                            assertThat(rule.content().get(0).properties()).hasSize(3);
                            assertThat(rule.createTime()).isEqualTo("2023-10-20T10:30:20");
                        }),
                row("listRules", c -> c.pipeline().rules().listRules(DOMAIN, null, "Gate", "rule", 20, 10),
                        example("pipeline/listRules"), "GET", "/v2/domain-1/rules/query?offset=20&limit=10&type=Gate&name=rule",
                        Body.none(), page -> {
                            assertThat(page.total()).isEqualTo(379);
                            assertThat(page.data().get(0).operateTime()).isEqualTo(1695091381000L);
                        }),
                row("updateRule", c -> c.pipeline().rules().updateRule(DOMAIN, "r-1", ruleRequest()),
                        example("pipeline/updateRule"), "PUT", "/v2/domain-1/rules/r-1/update", Body.json(RULE_BODY),
                        result -> assertThat(result.ruleId()).isEqualTo("425eba0deaf04596a74cf7967d7fc04d")),
                row("deleteRule", c -> c.pipeline().rules().deleteRule(DOMAIN, "r-1"), example("pipeline/deleteRule"),
                        "DELETE", "/v2/domain-1/rules/r-1/delete", Body.none(), result -> assertThat(result.status()).isTrue()),
                row("createRule", c -> c.pipeline().rules().createRule(DOMAIN, ruleRequest()),
                        example("pipeline/createRule"), "POST", "/v2/domain-1/rules/create", Body.json(RULE_BODY),
                        result -> assertThat(result.ruleId()).isEqualTo("2965ed53fe804115816b781ab20fef3c")),
                row("createTenantRuleSet", c -> c.pipeline().tenantRuleSets().createTenantRuleSet(DOMAIN,
                                new CreateTenantRuleSetRequest("policy", List.of(new RuleSetRuleRef("r-1", true)))),
                        example("pipeline/createTenantRuleSet"), "POST", "/v2/domain-1/tenant/rule-sets/create",
                        Body.json("{\"name\":\"policy\",\"rules\":[{\"id\":\"r-1\",\"is_valid\":true}]}"),
                        result -> assertThat(result.status()).isTrue()),
                row("updateTenantRuleSet", c -> c.pipeline().tenantRuleSets().updateTenantRuleSet(DOMAIN, "rs-1",
                                new UpdateTenantRuleSetRequest("policy2", null)), example("pipeline/updateTenantRuleSet"),
                        "PUT", "/v2/domain-1/tenant/rule-sets/rs-1/update", Body.json("{\"name\":\"policy2\"}"),
                        result -> assertThat(result.ruleSetId()).isNotBlank()),
                row("showTenantRuleSetDetail", c -> c.pipeline().tenantRuleSets().showTenantRuleSetDetail(DOMAIN,
                                "rs-1", "cp-1"), example("pipeline/showTenantRuleSetDetail"), "GET",
                        "/v2/domain-1/tenant/rule-sets/rs-1/detail?cloud_project_id=cp-1", Body.none(), detail -> {
                            assertThat(detail.ruleInstances()).hasSize(1);
                            assertThat(detail.ruleInstances().get(0).content().get(0).properties().get(0).operator())
                                    .isEqualTo(">=");
                        }),
                row("listTenantRuleSets", c -> c.pipeline().tenantRuleSets().listTenantRuleSets(DOMAIN,
                                new RuleSetFilter(true, "pol", true, null, null), 0, 10),
                        example("pipeline/listTenantRuleSets"), "GET",
                        "/v2/domain-1/tenant/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=true&name=pol&is_valid=true",
                        Body.none(), page -> assertThat(page.total()).isEqualTo(333L)),
                row("deleteTenantRuleSet", c -> c.pipeline().tenantRuleSets().deleteTenantRuleSet(DOMAIN, "rs-1"),
                        example("pipeline/deleteTenantRuleSet"), "DELETE", "/v2/domain-1/tenant/rule-sets/rs-1/delete",
                        Body.none(), result -> assertThat(result.status()).isTrue()),
                row("switchTenantRuleSet", c -> c.pipeline().tenantRuleSets().switchTenantRuleSet(DOMAIN, "rs-1", false),
                        example("pipeline/switchTenantRuleSet"), "PUT", "/v2/domain-1/tenant/rule-sets/rs-1/switch",
                        Body.json("{\"is_valid\":false}"), result -> assertThat(result.status()).isTrue()),
                row("listProjectRuleSets", c -> c.pipeline().projectRuleSets().listProjectRuleSets(PROJECT,
                                RuleSetFilter.including(false), 0, 10), example("pipeline/listProjectRuleSets"), "GET",
                        "/v2/project-1/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=false", Body.none(),
                        page -> {
                            assertThat(page.total()).isEqualTo(4L);
                            assertThat(page.data()).allSatisfy(set -> assertThat(set.level()).isEqualTo("project"));
                        }),
                row("showProjectRuleSetDetail", c -> c.pipeline().projectRuleSets().showProjectRuleSetDetail(PROJECT,
                                "rs-1"), example("pipeline/showProjectRuleSetDetail"), "GET",
                        "/v2/project-1/rule-sets/rs-1/gray/detail", Body.none(), detail -> {
                            assertThat(detail.creator()).isEqualTo("system");
                            assertThat(detail.updater()).isEqualTo("system");
                        }),
                row("createTenantOpenSourceRuleSet", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .createTenantOpenSourceRuleSet(DOMAIN, new CreateTenantOpenSourceRuleSetRequest("oss",
                                        ossContent())), example("pipeline/createTenantOpenSourceRuleSet"), "POST",
                        "/v2/domain-1/tenant/open-source/rule-sets/create",
                        Body.json("{\"name\":\"oss\",\"content\":" + OSS_CONTENT + "}"),
                        result -> assertThat(result.status()).isTrue()),
                row("updateTenantOpenSourceRuleSet", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .updateTenantOpenSourceRuleSet(DOMAIN, "oss-1", new UpdateTenantOpenSourceRuleSetRequest(
                                        "oss", "parent-1", ossContent())),
                        example("pipeline/updateTenantOpenSourceRuleSet"), "PUT",
                        "/v2/domain-1/tenant/open-source/rule-sets/oss-1/update",
                        Body.json("{\"name\":\"oss\",\"parent_id\":\"parent-1\",\"content\":" + OSS_CONTENT + "}"),
                        result -> assertThat(result.status()).isTrue()),
                row("showTenantOpenSourceRuleSetDetail", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .showTenantOpenSourceRuleSetDetail(DOMAIN, "oss-1"),
                        example("pipeline/showTenantOpenSourceRuleSetDetail"), "GET",
                        "/v2/domain-1/tenant/open-source/rule-sets/oss-1/detail", Body.none(), detail -> {
                            assertThat(detail.updater()).isEqualTo("2f46b8efe31342be936443643f50b4af");
                            assertThat(detail.content().security().rules().cve().values()).containsExactly("");
                            assertThat(detail.content().license().rules().get(0).predicate()).isEqualTo("contain");
                        }),
                row("listTenantOpenSourceRuleSets", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .listTenantOpenSourceRuleSets(DOMAIN, "API", null, 0, 15),
                        example("pipeline/listTenantOpenSourceRuleSets"), "GET",
                        "/v2/domain-1/tenant/open-source/rule-sets/query?name=API&limit=15&offset=0", Body.none(),
                        page -> assertThat(page.total()).isEqualTo(29)),
                row("deleteTenantOpenSourceRuleSet", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .deleteTenantOpenSourceRuleSet(DOMAIN, "oss-1"),
                        example("pipeline/deleteTenantOpenSourceRuleSet"), "DELETE",
                        "/v2/domain-1/tenant/open-source/rule-sets/oss-1/delete", Body.none(),
                        result -> assertThat(result.status()).isTrue()),
                row("switchTenantOpenSourceRuleSet", c -> c.pipeline().tenantOpenSourceRuleSets()
                                .switchTenantOpenSourceRuleSet(DOMAIN, "oss-1", true),
                        example("pipeline/switchTenantOpenSourceRuleSet"), "PUT",
                        "/v2/domain-1/tenant/open-source/rule-sets/oss-1/switch", Body.json("{\"is_valid\":true}"),
                        result -> assertThat(result.status()).isTrue()),
                row("showProjectOpenSourceRuleSetDetail", c -> c.pipeline().projectOpenSourceRuleSets()
                                .showProjectOpenSourceRuleSetDetail(PROJECT, "oss-1"),
                        example("pipeline/showProjectOpenSourceRuleSetDetail"), "GET",
                        "/v2/project-1/open-source/rule-sets/oss-1/detail", Body.none(), detail -> {
                            assertThat(detail.level()).isEqualTo("project");
                            assertThat(detail.content().security().rules().severity().values())
                                    .containsExactly("Critical", "High", "Medium");
                        }),
                row("listProjectOpenSourceRuleSets", c -> c.pipeline().projectOpenSourceRuleSets()
                                .listProjectOpenSourceRuleSets(PROJECT, true, null, "dev", 0, 15),
                        example("pipeline/listProjectOpenSourceRuleSets"), "GET",
                        "/v2/project-1/open-source/rule-sets/query?creator_name=dev&include_tenant_rule_set=true&limit=15&offset=0",
                        Body.none(), page -> assertThat(page.data()).hasSize(1)));
    }

    // ---------------------------------------------------------------- Pipeline 4.9

    private static final String PLUGIN_BODY = "{\"runtime_attribution\":\"agent\",\"plugin_name\":\"apie_test\","
            + "\"display_name\":\"apie_test\",\"business_type\":\"Normal\",\"version\":\"0.0.2\","
            + "\"execution_info\":{\"inner_execution_info\":{\"execution_type\":\"COMPOSITE\"}},\"input_info\":[]}";

    private static PluginVersionRequest pluginRequest() {
        return PluginVersionRequest.builder().pluginName("apie_test").displayName("apie_test").businessType("Normal")
                .version("0.0.2").runtimeAttributes("agent")
                .executionInfo(new PluginExecutionInfo(tree("{\"execution_type\":\"COMPOSITE\"}"))).inputInfo(List.of())
                .build();
    }

    private static final String PLUGIN_QUERY_BODY =
            "[{\"plugin_name\":\"test_multi_language\",\"version\":\"0.0.11\",\"plugin_attribution\":\"official\"}]";

    private static List<PluginQuery> pluginQuery() {
        return List.of(PluginQuery.builder().pluginName("test_multi_language").version("0.0.11")
                .pluginAttribute("official").build());
    }

    /** The icon path as a JSON string; the publisher icon row answers it bare, as the examples print it. */
    private static final String ICON_PATH =
            "\"/api/v1/domain-1/common/get-plugin-icon?object_key=apie_test-1.png-domain-1&icon_type=plugin\"";

    private static List<Row> extensionRows() {
        return List.of(
                row("createPluginVersion", c -> c.pipeline().extensions().createPluginVersion(DOMAIN, pluginRequest()),
                        "true", "POST", "/v1/domain-1/agent-plugin/create", Body.json(PLUGIN_BODY),
                        ok -> assertThat(ok).isTrue()),
                row("createPluginDraft", c -> c.pipeline().extensions().createPluginDraft(DOMAIN, pluginRequest()),
                        "true", "POST", "/v1/domain-1/agent-plugin/create-draft", Body.json(PLUGIN_BODY),
                        ok -> assertThat(ok).isTrue()),
                row("updatePluginDraft", c -> c.pipeline().extensions().updatePluginDraft(DOMAIN, pluginRequest()),
                        "true", "POST", "/v1/domain-1/agent-plugin/edit-draft", Body.json(PLUGIN_BODY),
                        ok -> assertThat(ok).isTrue()),
                row("publishPluginDraft", c -> c.pipeline().extensions().publishPluginDraft(DOMAIN,
                                PublishPluginDraftRequest.builder().pluginName("p").version("0.0.1")
                                        .pluginAttribution("custom").build()), "true", "POST",
                        "/v1/domain-1/agent-plugin/publish-draft",
                        Body.json("{\"plugin_name\":\"p\",\"version\":\"0.0.1\",\"plugin_attribution\":\"custom\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("updatePluginInfo", c -> c.pipeline().extensions().updatePluginInfo(DOMAIN,
                                PluginInfoRequest.builder().pluginName("p").description("d").build()), "true", "POST",
                        "/v1/domain-1/agent-plugin/update-info", Body.json("{\"plugin_name\":\"p\",\"description\":\"d\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("publishPlugin", c -> c.pipeline().extensions().publishPlugin(DOMAIN,
                                new PublishPluginRequest("basic_plugin", "", "pub-1")), "true", "POST",
                        "/v1/domain-1/agent-plugin/publish-plugin",
                        Body.json("{\"plugin_name\":\"basic_plugin\",\"version\":\"\",\"publisher_unique_id\":\"pub-1\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("bindPluginToPublisher", c -> c.pipeline().extensions().bindPluginToPublisher(DOMAIN,
                                new PublishPluginRequest("basic_plugin", "", "pub-1")), "true", "POST",
                        "/v1/domain-1/agent-plugin/publish-plugin-bind",
                        Body.json("{\"plugin_name\":\"basic_plugin\",\"version\":\"\",\"publisher_unique_id\":\"pub-1\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("uploadPluginIcon", c -> c.pipeline().extensions().uploadPluginIcon(DOMAIN, "apie_test",
                                UploadFile.of(icon, "image/png")), ICON_PATH, "POST",
                        "/v1/domain-1/common/upload-plugin-icon?plugin_name=apie_test",
                        Body.multipart("name=\"upload_file\"; filename=\"" + icon.getFileName() + "\"",
                                "Content-Type: image/png", new String(ICON_BYTES, StandardCharsets.US_ASCII)),
                        path -> assertThat(path).endsWith("&icon_type=plugin").startsWith("/api/v1/domain-1/")),
                row("deletePluginDraft", c -> c.pipeline().extensions().deletePluginDraft(DOMAIN, "apie_test", "0.0.3"),
                        "true", "DELETE", "/v1/domain-1/agent-plugin/delete-draft?plugin_name=apie_test&version=0.0.3",
                        Body.none(), ok -> assertThat(ok).isTrue()),
                row("listStagePlugins", c -> c.pipeline().extensions().listStagePlugins(DOMAIN,
                                ListStagePluginsRequest.builder().useCondition("pipeline").build()),
                        example("pipeline/listStagePlugins"), "POST", "/v1/domain-1/relation/stage-plugins",
                        Body.json("{\"use_condition\":\"pipeline\"}"), plugins -> {
                            assertThat(plugins.fullStagePluginsItemList()).hasSize(1);
                            assertThat(plugins.fullStagePluginsItemList().get(0).pluginsList().get(0).standard()).isTrue();
                        }),
                row("listBasicPlugins", c -> c.pipeline().extensions().listBasicPlugins(DOMAIN, "official", 0, 10),
                        example("pipeline/listBasicPlugins"), "GET",
                        "/v1/domain-1/relation/plugin/single?attribution=official&offset=0&limit=10", Body.none(), page -> {
                            assertThat(page.total()).isEqualTo(3);
                            assertThat(page.data().get(1).iconUrl()).endsWith("&icon_type=plugin");
                        }),
                row("listSelectablePluginsPaged", c -> c.pipeline().extensions().listSelectablePluginsPaged(DOMAIN,
                                SelectablePluginsRequest.builder().useCondition("pipeline").inputRepoType("codehub")
                                        .inputSourceType("single").build(), 0, 4),
                        example("pipeline/listSelectablePluginsPaged"), "POST", "/v1/domain-1/relation/plugins?offset=0&limit=4",
                        Body.json("{\"use_condition\":\"pipeline\",\"input_repo_type\":\"codehub\",\"input_source_type\":\"single\"}"),
                        page -> {
                            assertThat(page.total()).isEqualTo(246);
                            assertThat(page.data().get(0).pluginsList()).hasSize(4);
                        }),
                row("listAllPlugins", c -> c.pipeline().extensions().listAllPlugins(DOMAIN, ListAllPluginsRequest.builder()
                                .businessType(List.of("Build", "Gate")).pluginAttribute("custom").build(), 0, 3),
                        example("pipeline/listAllPlugins"), "POST", "/v1/domain-1/agent-plugin/query-all?offset=0&limit=3",
                        Body.json("{\"business_type\":[\"Build\",\"Gate\"],\"plugin_attribution\":\"custom\"}"), page -> {
                            assertThat(page.total()).isEqualTo(32);
                            assertThat(page.data().get(0).pluginAttribute()).isEqualTo("custom");
                            assertThat(page.data().get(0).versionAttribute()).isEqualTo("init");
                        }),
                row("listPluginMetrics", c -> c.pipeline().extensions().listPluginMetrics(DOMAIN, pluginQuery()),
                        example("pipeline/listPluginMetrics"), "POST", "/v1/domain-1/agent-plugin/plugin-metrics",
                        Body.json(PLUGIN_QUERY_BODY),
                        metrics -> assertThat(metrics.get(0).data().get(0).outputKey()).isEqualTo("SYSTEM_METRICS_UNIQUE_KEY")),
                row("listPluginInputs", c -> c.pipeline().extensions().listPluginInputs(DOMAIN, pluginQuery()),
                        example("pipeline/listPluginInputs"), "POST", "/v1/domain-1/agent-plugin/plugin-input",
                        Body.json(PLUGIN_QUERY_BODY),
                        inputs -> assertThat(inputs.get(0).data().get(0).required()).isEqualTo("true")),
                row("listPluginOutputs", c -> c.pipeline().extensions().listPluginOutputs(DOMAIN, pluginQuery()),
                        example("pipeline/listPluginOutputs"), "POST", "/v1/domain-1/agent-plugin/plugin-output",
                        Body.json(PLUGIN_QUERY_BODY), outputs -> assertThat(outputs.get(0).data()).isEmpty()),
                row("listPluginVersionsInfo", c -> c.pipeline().extensions().listPluginVersionsInfo(DOMAIN, "fff", 0, 1),
                        example("pipeline/listPluginVersionsInfo"), "GET",
                        "/v1/domain-1/agent-plugin/query?plugin_name=fff&offset=0&limit=1", Body.none(),
                        page -> assertThat(page.data().get(0).opTime()).isEqualTo("1699931374000")),
                row("showPluginVersionDetail", c -> c.pipeline().extensions().showPluginVersionDetail(DOMAIN,
                                "apie_test", "0.0.4"), example("pipeline/showPluginVersionDetail"), "GET",
                        "/v1/domain-1/agent-plugin/detail?plugin_name=apie_test&version=0.0.4", Body.none(), detail -> {
                            assertThat(detail.pluginExecution().path("steps")).hasSize(1);
                            assertThat(detail.runtimeAttributes()).isEqualTo("agent");
                        }),
                row("listPluginVersionNumbers", c -> c.pipeline().extensions().listPluginVersionNumbers(DOMAIN,
                                "apie_test", 0, 999), example("pipeline/listPluginVersionNumbers"), "GET",
                        "/v1/domain-1/agent-plugin/all-version?plugin_name=apie_test&offset=0&limit=999", Body.none(),
                        versions -> assertThat(versions.data()).containsExactly("0.0.2", "0.0.1")),
                row("createBasicPlugin", c -> c.pipeline().extensions().createBasicPlugin(DOMAIN, PluginInfoRequest
                                .builder().pluginName("basic_plugin").pluginCompositionType("single").build()), "true",
                        "POST", "/v3/domain-1/extension/info/add",
                        Body.json("{\"plugin_name\":\"basic_plugin\",\"plugin_composition_type\":\"single\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("updateBasicPlugin", c -> c.pipeline().extensions().updateBasicPlugin(DOMAIN, PluginInfoRequest
                                .builder().pluginName("basic_plugin").description("d").build()), "true", "POST",
                        "/v3/domain-1/extension/info/update",
                        Body.json("{\"plugin_name\":\"basic_plugin\",\"description\":\"d\"}"), ok -> assertThat(ok).isTrue()),
                row("deleteBasicPlugin", c -> c.pipeline().extensions().deleteBasicPlugin(DOMAIN, "qwer"), "true",
                        "DELETE", "/v3/domain-1/extension/info/delete?plugin_name=qwer", Body.none(),
                        ok -> assertThat(ok).isTrue()),
                row("uploadBasicPlugin", c -> c.pipeline().extensions().uploadBasicPlugin(DOMAIN, "test_basic", "Normal",
                                UploadFile.of("plugin.zip", new ByteArrayInputStream(PACKAGE_BYTES), PACKAGE_BYTES.length,
                                        "application/zip")), "true", "POST",
                        "/v3/domain-1/extension/upload?plugin_name=test_basic&business_type=Normal",
                        Body.multipart("name=\"upload_file\"; filename=\"plugin.zip\"", "Content-Type: application/zip",
                                new String(PACKAGE_BYTES, StandardCharsets.US_ASCII)), ok -> assertThat(ok).isTrue()),
                row("showBasicPluginDetail", c -> c.pipeline().extensions().showBasicPluginDetail(DOMAIN, "basic-CTS",
                                "2.3.5"), example("pipeline/showBasicPluginDetail"), "GET",
                        "/v3/domain-1/extension/detail?plugin_name=basic-CTS&version=2.3.5", Body.none(), detail -> {
                            assertThat(detail.inputs()).hasSize(1);
                            assertThat(detail.inputs().get(0).required()).isTrue();
                            assertThat(detail.execution().sha256()).hasSize(64);
                        }),
                row("createPublisher", c -> c.pipeline().publishers().createPublisher(DOMAIN, CreatePublisherRequest
                                .builder().name("aaa").enName("aaa").supportUrl("aaa@aa.com").build()), "true", "POST",
                        "/v1/domain-1/publisher/create",
                        Body.json("{\"name\":\"aaa\",\"en_name\":\"aaa\",\"support_url\":\"aaa@aa.com\"}"),
                        ok -> assertThat(ok).isTrue()),
                row("uploadPublisherIcon", c -> c.pipeline().publishers().uploadPublisherIcon(DOMAIN, "aaa",
                                UploadFile.of(icon)), ICON_PATH.replace("icon_type=plugin", "icon_type=publish").replace("\"", ""), "POST",
                        "/v1/domain-1/common/upload-publisher-icon?publisher_en_name=aaa",
                        Body.multipart("name=\"upload_file\"; filename=\"" + icon.getFileName() + "\"",
                                new String(ICON_BYTES, StandardCharsets.US_ASCII)),
                        path -> assertThat(path).endsWith("icon_type=publish")),
                row("listPublishers", c -> c.pipeline().publishers().listPublishers(DOMAIN, null, 0, 10),
                        example("pipeline/listPublishers"), "GET", "/v1/domain-1/publisher/query-all?offset=0&limit=10",
                        Body.none(), page -> assertThat(page.data().get(0).authStatus()).isEqualTo("processing")),
                row("listAvailablePublishers", c -> c.pipeline().publishers().listAvailablePublishers(DOMAIN),
                        example("pipeline/listAvailablePublishers"), "GET", "/v1/domain-1/publisher/optional-publisher",
                        Body.none(), publishers -> assertThat(publishers.get(0).publisherUniqueId())
                                .isEqualTo("b9fc8fb6d9194536ac66dd74c2212126")),
                row("deletePublisher", c -> c.pipeline().publishers().deletePublisher(DOMAIN, "pub-1"), "true",
                        "DELETE", "/v1/domain-1/publisher/delete?publisher_unique_id=pub-1", Body.none(),
                        ok -> assertThat(ok).isTrue()),
                row("showPublisherDetails", c -> c.pipeline().publishers().showPublisherDetails(DOMAIN, List.of("pub-1")),
                        "{\"publisher_detail_map\":{\"pub-1\":{\"publisher_unique_id\":\"pub-1\",\"name\":\"aaa\"}}}",
                        "POST", "/v1/domain-1/publisher/detail", Body.json("[\"pub-1\"]"),
                        details -> assertThat(details.publisherDetailMap().get("pub-1").name()).isEqualTo("aaa")));
    }

    // ---------------------------------------------------------------- IDE 4.2 - 4.8, 8.1

    @SuppressWarnings("deprecation")
    private static List<Row> ideRows() {
        return List.of(
                row("listStacksByTag", c -> c.ide().stacks().listStacksByTag(List.of("Java", "GO")),
                        example("ide/listStacksByTag"), "GET", "/v2/stacks/tag?tags=Java&tags=GO", Body.none(), stacks -> {
                            assertThat(stacks.stack().stackList().get(0).stackName()).isEqualTo("python");
                            assertThat(stacks.stack().stackList().get(0).armConfig().attributes().specs())
                                    .containsExactly("4U8G");
                        }),
                row("listStackPrices", c -> c.ide().stacks().listStackPrices(), example("ide/listStackPrices"), "GET",
                        "/v2/stacks/price", Body.none(), prices -> {
                            assertThat(prices.prices()).hasSize(9);
                            assertThat(prices.prices().get(0).price()).isEqualTo(0.8);
                        }),
                row("listStacks", c -> c.ide().stacks().listStacks(List.of("Java")), example("ide/listStacks"), "GET",
                        "/v2/stacks?tags=Java", Body.none(),
                        stacks -> assertThat(stacks.stack().stackList().get(0).stackId()).isEqualTo("all")),
                row("listStackTemplates", c -> c.ide().templates().listStackTemplates("all", "x86"),
                        example("ide/listStackTemplates"), "GET", "/v2/templates?arch=x86&stack_id=all", Body.none(),
                        templates -> assertThat(templates.templates().get(0).templateId()).isEqualTo(5L)),
                row("showAccountStatus", c -> c.ide().account().showAccountStatus(), example("ide/showAccountStatus"),
                        "GET", "/v2/permission/account/status", Body.none(),
                        status -> assertThat(status.result().curOrgCreateRole()).isTrue()),
                row("showExtensionAuthorization", c -> c.ide().extensionAuthorization().showExtensionAuthorization(
                                "1.0.1", "redhat.java", "inst-1"), example("ide/showExtensionAuthorization"), "GET",
                        "/v2/extension/authorization?extension_version=1.0.1&identifier=redhat.java&instance_id=inst-1",
                        Body.none(), auth -> assertThat(auth.result().status()).isEqualTo(ExtensionAuthorizationStatus.AGREE)),
                row("setExtensionAuthorization", c -> c.ide().extensionAuthorization().setExtensionAuthorization("inst-1",
                                new SetExtensionAuthorizationRequest("1.0.1", "redhat.java", null,
                                        ExtensionAuthorizationStatus.AGREE)), example("ide/setExtensionAuthorization"),
                        "POST", "/v2/extension/authorization/inst-1",
                        Body.json("{\"extension_version\":\"1.0.1\",\"identifier\":\"redhat.java\",\"status\":\"AGREE\"}"),
                        result -> assertThat(result.result()).isTrue()),
                row("uploadMarketplacePlugin", c -> c.ide().marketplace().uploadMarketplacePlugin(UploadFile.of(
                                "ext.vsix", new ByteArrayInputStream(PACKAGE_BYTES), -1, null)),
                        example("ide/uploadMarketplacePlugin"), "POST", "/v1/marketplace/file/plugin?official=CodeArtsIDEOnline",
                        Body.multipart("name=\"file\"; filename=\"ext.vsix\"", "Content-Type: application/octet-stream",
                                new String(PACKAGE_BYTES, StandardCharsets.US_ASCII)),
                        upload -> assertThat(upload.result().upload().status()).isEqualTo("success")),
                row("createExtensionEvaluation", c -> c.ide().marketplace().createExtensionEvaluation(
                                new CreateEvaluationRequest("ext-1", "nice")), example("ide/createExtensionEvaluation"),
                        "POST", "/v1/marketplace/extension/evaluation",
                        Body.json("{\"extension_id\":\"ext-1\",\"text\":\"nice\"}"),
                        result -> assertThat(result.status()).isEqualTo("success")),
                row("replyEvaluation", c -> c.ide().marketplace().replyEvaluation(
                                new ReplyEvaluationRequest("354", null, "reply")), example("ide/replyEvaluation"), "POST",
                        "/v1/marketplace/extension/evaluation/reply",
                        Body.json("{\"evaluation_id\":\"354\",\"text\":\"reply\"}"),
                        result -> assertThat(result.status()).isEqualTo("success")),
                row("createExtensionStar", c -> c.ide().marketplace().createExtensionStar(
                                new CreateStarRequest("ext-1", "good", 5)), example("ide/createExtensionStar"), "POST",
                        "/v1/marketplace/star", Body.json("{\"extension_id\":\"ext-1\",\"comment\":\"good\",\"stars\":5}"),
                        result -> assertThat(result.status()).isEqualTo("success")),
                row("reportEvaluation", c -> c.ide().marketplace().reportEvaluation(
                                new ReportEvaluationRequest("spam", null, "123")), example("ide/reportEvaluation"), "POST",
                        "/v1/marketplace/extension/evaluation/accusation",
                        Body.json("{\"content\":\"spam\",\"reply_id\":\"123\"}"),
                        result -> assertThat(result.result().asBoolean()).isTrue()),
                row("deleteEvaluation", c -> c.ide().marketplace().deleteEvaluation(888L), example("ide/deleteEvaluation"),
                        "DELETE", "/v1/marketplace/evaluation/888", Body.none(),
                        result -> assertThat(result.result().asBoolean()).isTrue()),
                row("deleteEvaluationReply", c -> c.ide().marketplace().deleteEvaluationReply(999L),
                        example("ide/deleteEvaluationReply"), "DELETE", "/v1/marketplace/evaluation/reply/999", Body.none(),
                        result -> assertThat(result.result().asBoolean()).isTrue()),
                row("queryExtensions", c -> c.ide().marketplace().queryExtensions(new QueryExtensionsRequest(
                                List.of(new ExtensionFilter(null, 1L, 20L, null, null)), 8)), example("ide/queryExtensions"),
                        "POST", "/v1/marketplace/extension/extensionquery",
                        Body.json("{\"filters\":[{\"page_number\":1,\"page_size\":20}],\"flags\":8}"), response -> {
                            var extension = response.results().get(0).extensions().get(0);
                            assertThat(extension.supportIde()).isEqualTo(3);
                            assertThat(extension.status()).isEqualTo(ExtensionStatus.NORMAL);
                            assertThat(extension.versions().get(0).status()).isEqualTo(ExtensionVersionStatus.PUBLISHED);
                            assertThat(extension.publisher().publisherId()).isEqualTo("123456");
                        }),
                row("showExtensionDetails", c -> c.ide().marketplace().showExtensionDetails("4as5d4"),
                        example("ide/showExtensionDetails"), "POST", "/v1/marketplace/extension/public/detail",
                        Body.json("{\"ids\":\"4as5d4\"}"), response -> assertThat(
                                response.results().get(0).extensions().get(0).extensionOwner()).isEqualTo("huaweistaff")),
                row("listExtensionEvaluations", c -> c.ide().marketplace().listExtensionEvaluations("ext-1", 0, 30),
                        example("ide/listExtensionEvaluations"), "GET",
                        "/v1/marketplace/feedback/evaluation?extension_id=ext-1&limit=30&offset=0", Body.none(), page -> {
                            assertThat(page.result().totalItemsCount()).isEqualTo(5L);
                            assertThat(page.result().items().get(0).evaluationReply().get(0).evaluationId()).isEqualTo(334L);
                        }),
                row("listExtensionStars", c -> c.ide().marketplace().listExtensionStars("ext-1", 0, 30),
                        example("ide/listExtensionStars"), "GET",
                        "/v1/marketplace/feedback/star?extension_id=ext-1&limit=30&offset=0", Body.none(),
                        page -> assertThat(page.result().items()).extracting(star -> star.stars()).containsExactly(5, 4)),
                row("listExtensionCategories", c -> c.ide().marketplace().listExtensionCategories(1, 100, "cloudide",
                                null, null), example("ide/listExtensionCategories"), "GET",
                        "/v1/marketplace/extension/category?page_num=1&page_size=100&scene_name=cloudide", Body.none(),
                        page -> assertThat(page.result().items().get(0).category()).isEqualTo("Programming Languages")),
                row("publishExtension", c -> c.ide().marketplace().publishExtension("task-1", 10),
                        example("ide/publishExtension"), "POST", "/v1/marketplace/extension/task-1/archiving",
                        Body.json("{\"type\":10}"), result -> assertThat(result.result().firstUpload()).isTrue()),
                row("showExtensionCheckResult", c -> c.ide().marketplace().showExtensionCheckResult("task-1"),
                        example("ide/showExtensionCheckResult"), "GET", "/v1/marketplace/extension/task-1/status",
                        Body.none(), result -> assertThat(result.result().basicInformation().extensionBriefInfo()
                                .publisherSnake().publisherName()).isEqualTo("lemontree")),
                row("listMyPublishers", c -> c.ide().marketplace().listMyPublishers("fast"),
                        example("ide/listMyPublishers"), "GET", "/v1/marketplace/publishers/mine?name=fast", Body.none(),
                        result -> assertThat(result.result()).extracting(p -> p.role()).containsOnly("Owner")),
                row("uploadFileChunk", c -> c.ide().marketplace().uploadFileChunk(FileChunkUpload.builder()
                                .file(UploadFile.of(icon)).chunkIndex(1).merge(true).totalChunkNumber(1)
                                .parentFileSize(ICON_BYTES.length).parentFileName("icon.png").override(false)
                                .chunkMd5("0123456789abcdef0123456789abcdef").build()),
                        example("ide/uploadFileChunk"), "POST", "/v2/fileservice/file/upload",
                        Body.multipart("name=\"file\"; filename=\"" + icon.getFileName() + "\"",
                                new String(ICON_BYTES, StandardCharsets.US_ASCII),
                                "name=\"chunk_index\"\r\n\r\n1",
                                "name=\"merge\"\r\n\r\ntrue",
                                "name=\"total_chunk_num\"", "name=\"parent_file_size\"",
                                "name=\"parent_file_name\"\r\n\r\nicon.png",
                                "name=\"override\"\r\n\r\nfalse",
                                "name=\"chunk_md5\"\r\n\r\n0123456789abcdef0123456789abcdef"),
                        result -> assertThat(result.result().taskId()).isEqualTo("597a3fc9-a023-48fa-93bd-14386bf5936b")),
                row("createAcceptance", c -> c.ide().codebreeze().createAcceptance(new CreateAcceptanceRequest("req-1", 1)),
                        example("ide/createAcceptance"), "POST", "/v2/aims/codemodelserver/code-generation/acceptance",
                        Body.json("{\"request_id\":\"req-1\",\"task_id\":1}"),
                        id -> assertThat(id.acceptanceId()).isEqualTo(12)),
                row("createCodeGenerationRequest", c -> c.ide().codebreeze().createCodeGenerationRequest(
                                CodeGenerationRequest.builder().language("python").signature("def add(x, y):").build(),
                                new CodeGenerationOptions(2, null, true, null, "function")),
                        example("ide/createCodeGenerationRequest"), "POST",
                        "/v2/aims/codemodelserver/code-generation/request?topn=2&resubmit=true&request_type=function",
                        Body.json("{\"language\":\"python\",\"signature\":\"def add(x, y):\"}"),
                        created -> assertThat(created.status()).isEqualTo(CodeGenerationStatus.CREATED)),
                row("showCodeGenerationResult", c -> c.ide().codebreeze().showCodeGenerationResult("req-1"),
                        example("ide/showCodeGenerationResult"), "GET",
                        "/v2/aims/codemodelserver/code-generation/results?request_id=req-1", Body.none(),
                        result -> {
                            assertThat(result.requestStatus()).isEqualTo(CodeGenerationStatus.COMPLETED);
                            assertThat(result.tasks().get(0).timeConsuming()).isEqualTo(0.022447);
                        }),
                row("createLogin", c -> c.ide().codebreeze().createLogin(new CreateLoginRequest("pycharm", "2022.1",
                                "v1.0.0")), example("ide/createLogin"), "POST",
                        "/v2/aims/codemodelserver/code-generation/login",
                        Body.json("{\"ide_type\":\"pycharm\",\"ide_version\":\"2022.1\",\"plugin_version\":\"v1.0.0\"}"),
                        id -> assertThat(id.loginId()).isEqualTo(12)),
                row("createJoinRequest", c -> c.ide().codebreeze().createJoinRequest(JoinRequest.builder().name("name")
                                .email("email@codeartssnap.com").build()), example("ide/createJoinRequest"), "POST",
                        "/v2/aims/codemodelserver/join-request",
                        Body.json("{\"name\":\"name\",\"email\":\"email@codeartssnap.com\"}"),
                        result -> assertThat(result.status()).isEqualTo("success")),
                row("createEvent", c -> c.ide().codebreeze().createEvent(CreateEventRequest.builder().component("codebot")
                                .verb("access").objectValue("/api/path").build()), example("ide/createEvent"), "POST",
                        "/v2/aims/codemodelserver/management/event",
                        Body.json("{\"component\":\"codebot\",\"verb\":\"access\",\"object\":\"/api/path\"}"),
                        id -> assertThat(id.eventId()).isEqualTo(234)),
                row("startTsbotChat", c -> c.ide().tsbot().startTsbotChat(new StartChatRequest("IDE", "u-1")),
                        example("ide/startTsbotChat"), "POST", "/v1/codebreezetsbot/devmind/tsbot/start-chat",
                        Body.json("{\"user_type\":\"IDE\",\"user_id\":\"u-1\"}"),
                        chat -> assertThat(chat.chatId()).isEqualTo("12345")),
                row("asyncTsbotChat", c -> c.ide().tsbot().asyncTsbotChat(AsyncChatRequest.builder().chatId("c-1")
                                .message("hello?").caseValue("Talk").build()), example("ide/asyncTsbotChat"), "POST",
                        "/v1/codebreezetsbot/devmind/tsbot/async-chat",
                        Body.json("{\"chat_id\":\"c-1\",\"message\":\"hello?\",\"case\":\"Talk\"}"),
                        submitted -> assertThat(submitted.resultId()).isEqualTo("12345")),
                row("getTsbotChatResult", c -> c.ide().tsbot().getTsbotChatResult("r-1"), example("ide/getTsbotChatResult"),
                        "POST", "/v1/codebreezetsbot/devmind/tsbot/async-get-chat-result",
                        Body.json("{\"result_id\":\"r-1\"}"), answer -> assertThat(answer.text()).isEqualTo("aa")));
    }
}
