package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every one of the 93 CRUD operations, called over HTTP with a request modelled on the document's example, in an order
 * where later rows use what earlier rows created ({@code ${name}} placeholders). Each row checks the status and the
 * key fields of the answer.
 */
class CrudRouteTableTest {

    private static final String D = io.jenkins.plugins.codearts.emulator.CodeArtsEmulator.DEFAULT_DEMO.domainId();
    private static final String P = io.jenkins.plugins.codearts.emulator.CodeArtsEmulator.DEFAULT_DEMO.projectId();
    private static final String DEMO_PIPELINE = io.jenkins.plugins.codearts.emulator.CodeArtsEmulator.DEFAULT_DEMO.demoPipelineId();
    private static final String DEMO_STACK = io.jenkins.plugins.codearts.emulator.CodeArtsEmulator.DEFAULT_DEMO.demoStackId();
    private static final String EXTENSION = "17c341ee-797e-4824-aec5-6fafb3c0eced";
    private static final String MY_PUBLISHER = "6251b1ee-539f-4c02-ad4b-83daeda81633";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private static CrudTestEmulator emulator;
    private static CrudHttp http;
    private static final Map<String, String> vars = new HashMap<>();

    /** A multipart upload: text fields plus one file. */
    /** The icon uploads answer the access path as bare text, as the document's examples show it. */
    private static final java.util.Set<String> BARE_TEXT_ANSWERS = java.util.Set.of("uploadPluginIcon", "uploadPublisherIcon");

    record Upload(Map<String, String> fields, String fileField, String fileName, byte[] content) {
    }

    /** One call of the table. */
    record Row(String operation, String method, String path, String body, Upload upload, int status, Consumer<Reply> check,
               Runnable before) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static void row(String operation, String method, String path, String body, int status, Consumer<Reply> check) {
        ROWS.add(new Row(operation, method, path, body, null, status, check, null));
    }

    private static void upload(String operation, String path, Upload upload, Consumer<Reply> check) {
        ROWS.add(new Row(operation, "POST", path, null, upload, 200, check, null));
    }

    private static void rowAfter(Runnable before, String operation, String method, String path, String body,
                                 Consumer<Reply> check) {
        ROWS.add(new Row(operation, method, path, body, null, 200, check, before));
    }

    private static Consumer<Reply> keep(String name, String pointer) {
        return reply -> {
            String value = reply.json().at(pointer).asText();
            assertThat(value).as("%s at %s in %s", name, pointer, reply).isNotBlank();
            vars.put(name, value);
        };
    }

    private static Consumer<Reply> isTrue() {
        return reply -> assertThat(reply.json().isBoolean() && reply.json().booleanValue()).as(reply.text()).isTrue();
    }

    private static Consumer<Reply> success() {
        return reply -> assertThat(reply.json().path("status").asText()).as(reply.text()).isEqualTo("success");
    }

    static {
        String content = """
                {"version_set":{"enable":true,"rules":[{"ecosystem":"Maven","package_name":"sboot","predicate":"eq","package_version":"1.1","description":"","enable":true}]},
                 "security":{"enable":true,"rules":{"severity":{"enable":false,"values":[]},"cve":{"enable":false,"values":[""]}}},
                 "license":{"enable":true,"rules":[{"values":["GPL-3.0"],"predicate":"contain"}]}}""";
        String rule = """
                {"type":"Build","name":"New Rule-20231020103003","layout_content":"layout","plugin_id":"official_devcloud_cloudBuild",
                 "plugin_name":"official_devcloud_cloudBuild","plugin_version":"0.0.15",
                 "content":[{"group_name":"MavenUnitTest","can_modify_when_inherit":true,
                   "properties":[{"key":"build.PassRatio","type":"judge","name":"PassRatio","value_type":"float","value":"0.1","operator":"="}]}]}""";
        String template = """
                {"name":"%s","description":"","language":"none","is_show_source":true,"variables":[],
                 "definition":"{\\"stages\\":[{\\"name\\":\\"Phase_1\\",\\"sequence\\":0,\\"jobs\\":[]}]}",
                 "domain_id":"%s","is_system":false}""";

        // A.4.1 templates
        row("createPipelineTemplate", "POST", "/v5/" + D + "/api/pipeline-templates", template.formatted("Template-1", D), 200,
                keep("template", "/templateId"));
        row("listPipelineTemplates", "POST", "/v5/" + D + "/api/pipeline-templates/list",
                "{\"is_system\":\"\",\"offset\":0,\"limit\":3,\"name\":\"\"}", 200, reply -> {
                    // three system templates, the engine's demo template, and the one just created
                    assertThat(reply.json().path("total").asInt()).isEqualTo(5);
                    assertThat(reply.json().path("templates")).hasSize(3);
                });
        row("showPipelineTemplateDetail", "GET", "/v5/" + D + "/api/pipeline-templates/${template}", null, 200,
                reply -> assertThat(reply.json().path("name").asText()).isEqualTo("Template-1"));
        row("updatePipelineTemplate", "PUT", "/v5/" + D + "/api/pipeline-templates/${template}",
                template.formatted("Template-1b", D), 200,
                reply -> assertThat(reply.json().path("templateId").asText()).isEqualTo(vars.get("template")));
        row("deletePipelineTemplate", "DELETE", "/v5/" + D + "/api/pipeline-templates/${template}", null, 200,
                reply -> assertThat(reply.json().path("templateId").asText()).isEqualTo(vars.get("template")));

        // A.4.3 groups
        row("createPipelineGroup", "POST", "/v5/" + P + "/api/pipeline-group/create",
                "{\"name\":\"G1\",\"project_id\":\"" + P + "\",\"parent_id\":\"\"}", 200, reply -> {
                    keep("group", "/id").accept(reply);
                    assertThat(reply.json().path("path_id").asText()).isEqualTo(vars.get("group"));
                    assertThat(reply.json().path("ordinal").asInt()).isZero();
                });
        row("updatePipelineGroup", "POST", "/v5/" + P + "/api/pipeline-group/update",
                "{\"name\":\"G1-renamed\",\"id\":\"${group}\"}", 200,
                reply -> assertThat(reply.json().path("success").asBoolean()).isTrue());
        row("showPipelineGroupTree", "GET", "/v5/" + P + "/api/pipeline-group/tree", null, 200,
                reply -> assertThat(reply.json().get(0).path("name").asText()).isEqualTo("G1-renamed"));
        row("movePipelinesToGroup", "POST", "/v5/" + P + "/api/pipeline-group/pipeline/move",
                "{\"group_id\":\"${group}\",\"pipelines\":[{\"pipeline_id\":\"" + DEMO_PIPELINE + "\",\"pipeline_name\":\"demo\"},"
                        + "{\"pipeline_id\":\"1ae88404911a4513bcd8158ab6a0416\",\"pipeline_name\":\"unknown\"}]}",
                200, reply -> {
                    assertThat(reply.json().get(0).path("code").asText()).isEqualTo("success");
                    assertThat(reply.json().get(1).path("code").asText()).isEqualTo("failed");
                });
        row("deletePipelineGroup", "DELETE", "/v5/" + P + "/api/pipeline-group/delete?id=${group}", null, 200,
                reply -> assertThat(reply.json().path("success").asBoolean()).isTrue());

        // A.4.4 rules
        row("createRule", "POST", "/v2/" + D + "/rules/create", rule, 200, keep("rule", "/rule_id"));
        row("listRules", "GET", "/v2/" + D + "/rules/query?cloud_project_id=&type=&name=&limit=10&offset=0", null, 200,
                reply -> assertThat(reply.json().path("total").asInt()).isEqualTo(2));
        row("showRuleDetail", "GET", "/v2/" + D + "/rules/${rule}/detail", null, 200,
                reply -> assertThat(reply.json().at("/content/0/properties/0/key").asText()).isEqualTo("build.PassRatio"));
        row("updateRule", "PUT", "/v2/" + D + "/rules/${rule}/update", rule.replace("New Rule-", "Renamed-"), 200,
                reply -> assertThat(reply.json().path("rule_id").asText()).isEqualTo(vars.get("rule")));
        row("deleteRule", "DELETE", "/v2/" + D + "/rules/${rule}/delete", null, 200,
                reply -> assertThat(reply.json().path("status").asBoolean()).isTrue());

        // A.4.5 tenant policies, A.4.6 project policies
        row("createTenantRuleSet", "POST", "/v2/" + D + "/tenant/rule-sets/create",
                "{\"name\":\"Gate policy\",\"rules\":[{\"id\":\"865b4c2d616b46ab890fff056a6f7e05\",\"is_valid\":true}]}", 200,
                keep("ruleSet", "/rule_set_id"));
        row("updateTenantRuleSet", "PUT", "/v2/" + D + "/tenant/rule-sets/${ruleSet}/update", "{\"name\":\"Gate policy v2\"}", 200,
                reply -> assertThat(reply.json().path("rule_set_id").asText()).isEqualTo(vars.get("ruleSet")));
        row("showTenantRuleSetDetail", "GET", "/v2/" + D + "/tenant/rule-sets/${ruleSet}/detail", null, 200, reply -> {
            assertThat(reply.json().path("name").asText()).isEqualTo("Gate policy v2");
            assertThat(reply.json().at("/rule_instances/0/id").asText()).isEqualTo("865b4c2d616b46ab890fff056a6f7e05");
        });
        row("listTenantRuleSets", "GET", "/v2/" + D + "/tenant/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=true",
                null, 200, reply -> assertThat(reply.json().path("data").findValuesAsText("id")).contains(vars.get("ruleSet")));
        row("switchTenantRuleSet", "PUT", "/v2/" + D + "/tenant/rule-sets/${ruleSet}/switch", "{\"is_valid\":false}", 200,
                reply -> assertThat(reply.json().path("status").asBoolean()).isTrue());
        row("deleteTenantRuleSet", "DELETE", "/v2/" + D + "/tenant/rule-sets/${ruleSet}/delete", null, 200,
                reply -> assertThat(reply.json().path("status").asBoolean()).isTrue());
        row("listProjectRuleSets", "GET", "/v2/" + P + "/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=true", null, 200,
                reply -> assertThat(reply.json().path("data").findValuesAsText("level")).contains("project"));
        row("showProjectRuleSetDetail", "GET", "/v2/" + P + "/rule-sets/4f5fb96022974a2781174584f799d8c2/gray/detail", null, 200,
                reply -> assertThat(reply.json().path("name").asText()).isEqualTo("Demo project policy"));

        // A.4.7 tenant open-source policies, A.4.8 project ones
        row("createTenantOpenSourceRuleSet", "POST", "/v2/" + D + "/tenant/open-source/rule-sets/create",
                "{\"name\":\"OSS policy\",\"content\":" + content + "}", 200, keep("oss", "/rule_set_id"));
        row("updateTenantOpenSourceRuleSet", "PUT", "/v2/" + D + "/tenant/open-source/rule-sets/${oss}/update",
                "{\"name\":\"OSS policy v2\",\"content\":" + content + "}", 200,
                reply -> assertThat(reply.json().path("status").asBoolean()).isTrue());
        row("showTenantOpenSourceRuleSetDetail", "GET", "/v2/" + D + "/tenant/open-source/rule-sets/${oss}/detail", null, 200,
                reply -> assertThat(reply.json().at("/content/license/rules/0/values/0").asText()).isEqualTo("GPL-3.0"));
        row("listTenantOpenSourceRuleSets", "GET", "/v2/" + D + "/tenant/open-source/rule-sets/query", null, 200,
                reply -> assertThat(reply.json().path("total").asInt()).isEqualTo(2));
        row("switchTenantOpenSourceRuleSet", "PUT", "/v2/" + D + "/tenant/open-source/rule-sets/${oss}/switch",
                "{\"is_valid\":false}", 200, reply -> assertThat(reply.json().path("rule_set_id").asText()).isEqualTo(vars.get("oss")));
        row("deleteTenantOpenSourceRuleSet", "DELETE", "/v2/" + D + "/tenant/open-source/rule-sets/${oss}/delete", null, 200,
                reply -> assertThat(reply.json().path("status").asBoolean()).isTrue());
        row("showProjectOpenSourceRuleSetDetail", "GET", "/v2/" + P + "/open-source/rule-sets/17fcabdb890c4342a66349cc74e4115a/detail",
                null, 200, reply -> assertThat(reply.json().path("level").asText()).isEqualTo("project"));
        row("listProjectOpenSourceRuleSets", "GET", "/v2/" + P + "/open-source/rule-sets/query?include_tenant_rule_set=true", null,
                200, reply -> assertThat(reply.json().path("total").asInt()).isEqualTo(2));

        // A.4.9 extension plug-ins and publishers
        String v1 = "/v1/" + D;
        row("createPublisher", "POST", v1 + "/publisher/create", "{\"name\":\"Tools\",\"en_name\":\"tools_team\",\"support_url\":\"a@b.com\"}",
                200, isTrue());
        row("listPublishers", "GET", v1 + "/publisher/query-all?name=&limit=10&offset=0&_=1699357492733", null, 200, reply -> {
            assertThat(reply.json().path("total").asInt()).isEqualTo(2);
            reply.json().path("data").forEach(publisher -> {
                if (publisher.path("en_name").asText().equals("tools_team")) {
                    vars.put("publisher", publisher.path("publisher_unique_id").asText());
                }
            });
            assertThat(vars).containsKey("publisher");
        });
        row("listAvailablePublishers", "GET", v1 + "/publisher/optional-publisher", null, 200,
                reply -> assertThat(reply.json().findValuesAsText("en_name")).contains("tools_team", "demo_tools"));
        row("showPublisherDetails", "POST", v1 + "/publisher/detail", "[\"${publisher}\"]", 200,
                reply -> assertThat(reply.json().path("publisher_detail_map").path(vars.get("publisher")).path("name").asText())
                        .isEqualTo("Tools"));
        upload("uploadPublisherIcon", v1 + "/common/upload-publisher-icon?publisher_en_name=tools_team",
                new Upload(Map.of(), "upload_file", "logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                reply -> assertThat(reply.text()).startsWith("/api/v1/" + D + "/common/get-plugin-icon?object_key=")
                        .endsWith("&icon_type=publish"));
        String plugin = """
                {"plugin_name":"apie_test","display_name":"apie_test","version":"%s","version_description":"","description":"",
                 "unique_id":"ab43c83c2ae04000afd039ad894e953b","business_type":"Normal","business_type_display_name":"General",
                 "icon_url":"","runtime_attribution":"agent","input_info":[],
                 "execution_info":{"inner_execution_info":{"execution_type":"COMPOSITE","steps":[{"task":"official_shell_plugin",
                   "name":"Executing the Shell","identifier":"16993543666638cda5035","variables":{"OFFICIAL_SHELL_SCRIPT_INPUT":"env"}}]}}}""";
        row("createPluginVersion", "POST", v1 + "/agent-plugin/create", plugin.formatted("0.0.1"), 200, isTrue());
        row("createPluginDraft", "POST", v1 + "/agent-plugin/create-draft", plugin.formatted("0.0.2"), 200, isTrue());
        row("updatePluginDraft", "POST", v1 + "/agent-plugin/edit-draft",
                "{\"plugin_name\":\"apie_test\",\"version\":\"0.0.2\",\"display_name\":\"APIE test\","
                        + "\"input_info\":[{\"name\":\"target\",\"default_value\":\"prod\",\"type\":\"input\"}]}", 200, isTrue());
        row("publishPluginDraft", "POST", v1 + "/agent-plugin/publish-draft",
                "{\"plugin_name\":\"apie_test\",\"display_name\":\"APIE test\",\"version\":\"0.0.2\",\"plugin_attribution\":\"custom\","
                        + "\"version_attribution\":\"draft\"}", 200, isTrue());
        row("updatePluginInfo", "POST", v1 + "/agent-plugin/update-info",
                "{\"plugin_name\":\"apie_test\",\"description\":\"API end-to-end test\",\"maintainers\":\"qa-team\"}", 200, isTrue());
        row("publishPlugin", "POST", v1 + "/agent-plugin/publish-plugin",
                "{\"plugin_name\":\"apie_test\",\"version\":\"0.0.2\",\"publisher_unique_id\":\"${publisher}\"}", 200, isTrue());
        row("bindPluginToPublisher", "POST", v1 + "/agent-plugin/publish-plugin-bind",
                "{\"plugin_name\":\"apie_test\",\"version\":\"0.0.2\",\"publisher_unique_id\":\"${publisher}\"}", 200, isTrue());
        upload("uploadPluginIcon", v1 + "/common/upload-plugin-icon?plugin_name=apie_test",
                new Upload(Map.of(), "upload_file", "icon.svg", "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                reply -> assertThat(reply.text()).endsWith(".svg&icon_type=plugin"));
        row("listStagePlugins", "POST", v1 + "/relation/stage-plugins", "{\"use_condition\":\"pipeline\"}", 200,
                reply -> assertThat(reply.json().at("/full_stage_plugins_item_list").findValuesAsText("plugin_name"))
                        .contains("official_shell_plugin", "apie_test"));
        row("listBasicPlugins", "GET", v1 + "/relation/plugin/single?attribution=official&offset=0&limit=10", null, 200,
                reply -> assertThat(reply.json().path("total").asInt()).isEqualTo(5));
        row("listSelectablePluginsPaged", "POST", v1 + "/relation/plugins?offset=0&limit=10",
                "{\"use_condition\":\"pipeline\",\"business_type\":\"Normal\"}", 200,
                reply -> assertThat(reply.json().path("data").findValuesAsText("plugin_name")).contains("apie_test"));
        row("listAllPlugins", "POST", v1 + "/agent-plugin/query-all?offset=0&limit=3",
                "{\"plugin_name\":\"\",\"maintainer\":\"\",\"business_type\":[\"Build\",\"Gate\",\"Deploy\",\"Test\",\"Normal\"],"
                        + "\"plugin_attribution\":\"custom\"}", 200, reply -> {
                    assertThat(reply.json().path("total").asInt()).isEqualTo(1);
                    assertThat(reply.json().at("/data/0/version").asText()).isEqualTo("0.0.2");
                    assertThat(reply.json().at("/data/0/maintainers").asText()).isEqualTo("qa-team");
                });
        row("listPluginMetrics", "POST", v1 + "/agent-plugin/plugin-metrics",
                "[{\"plugin_name\":\"official_shell_plugin\",\"version\":\"0.0.1\"}]", 200,
                reply -> assertThat(reply.json().at("/0/data/0/output_key").asText()).isEqualTo("SYSTEM_METRICS_UNIQUE_KEY"));
        row("listPluginInputs", "POST", v1 + "/agent-plugin/plugin-input", "[{\"plugin_name\":\"apie_test\",\"version\":\"0.0.2\"}]",
                200, reply -> assertThat(reply.json().at("/0/data/0/default_value").asText()).isEqualTo("prod"));
        row("listPluginOutputs", "POST", v1 + "/agent-plugin/plugin-output",
                "[{\"plugin_name\":\"official_shell_plugin\",\"version\":\"0.0.1\"}]", 200,
                reply -> assertThat(reply.json().at("/0/data/0/output_key").asText()).isEqualTo("RESULT"));
        row("listPluginVersionsInfo", "GET", v1 + "/agent-plugin/query?plugin_name=apie_test&offset=0&limit=10", null, 200,
                reply -> assertThat(reply.json().path("data").findValuesAsText("version")).containsExactly("0.0.2", "0.0.1"));
        row("showPluginVersionDetail", "GET", v1 + "/agent-plugin/detail?plugin_name=apie_test&version=0.0.2", null, 200, reply -> {
            assertThat(reply.json().path("version_attribution").asText()).isEqualTo("formal");
            assertThat(reply.json().at("/plugin_execution/steps/0/task").asText()).isEqualTo("official_shell_plugin");
        });
        row("listPluginVersionNumbers", "GET", v1 + "/agent-plugin/all-version?plugin_name=apie_test&offset=0&limit=999", null, 200,
                reply -> assertThat(reply.json().path("data").toString()).isEqualTo("[\"0.0.2\",\"0.0.1\"]"));
        row("createPluginDraft", "POST", v1 + "/agent-plugin/create-draft", plugin.formatted("0.0.3"), 200, isTrue());
        row("deletePluginDraft", "DELETE", v1 + "/agent-plugin/delete-draft?plugin_name=apie_test&version=0.0.3", null, 200, isTrue());
        String v3 = "/v3/" + D + "/extension";
        row("createBasicPlugin", "POST", v3 + "/info/add",
                "{\"plugin_name\":\"test_basic\",\"display_name\":\"Test basic\",\"business_type\":\"Test\",\"plugin_composition_type\":\"single\"}",
                200, isTrue());
        row("updateBasicPlugin", "POST", v3 + "/info/update", "{\"plugin_name\":\"test_basic\",\"description\":\"updated\"}", 200,
                isTrue());
        byte[] basicPackage = Packages.basicPlugin("test_basic", "1.0.0");
        upload("uploadBasicPlugin", v3 + "/upload?plugin_name=test_basic&business_type=Test",
                new Upload(Map.of(), "upload_file", "test_basic.zip", basicPackage), isTrue());
        row("showBasicPluginDetail", "GET", v3 + "/detail?plugin_name=test_basic&version=1.0.0", null, 200, reply -> {
            assertThat(reply.json().path("friendly_name").asText()).isEqualTo("Test basic");
            assertThat(reply.json().at("/execution/type").asText()).isEqualTo("Shell");
            assertThat(reply.json().at("/execution/sha256").asText()).isEqualTo(Packages.sha256(basicPackage));
            assertThat(reply.json().at("/inputs/0/required").asBoolean()).isTrue();
        });
        row("deleteBasicPlugin", "DELETE", v3 + "/info/delete?plugin_name=test_basic&type=all", null, 200, isTrue());
        row("createPublisher", "POST", v1 + "/publisher/create",
                "{\"name\":\"Spare\",\"en_name\":\"spare\",\"publisher_unique_id\":\"0123456789abcdef0123456789abcdef\"}", 200, isTrue());
        row("deletePublisher", "DELETE", v1 + "/publisher/delete?publisher_unique_id=0123456789abcdef0123456789abcdef", null, 200,
                isTrue());

        // B.4.2-4.4 and B.8 IDE catalogue
        row("listStacksByTag", "GET", "/v2/stacks/tag?tags=Java", null, 200,
                reply -> assertThat(reply.json().at("/stack/stack_list").findValuesAsText("stack_name")).containsExactly("java", DEMO_STACK));
        row("listStackPrices", "GET", "/v2/stacks/price", null, 200,
                reply -> assertThat(reply.json().path("prices").toString()).contains("{\"arch\":\"x86\",\"price\":0.8,\"size\":\"1U1G\",\"type\":\"cpuMemory\"}"));
        row("listStackTemplates", "GET", "/v2/templates?stack_id=all", null, 200,
                reply -> assertThat(reply.json().path("templates").findValuesAsText("name")).contains("web-java-spring"));
        row("showAccountStatus", "GET", "/v2/permission/account/status", null, 200,
                reply -> assertThat(reply.json().at("/result/cur_org_open").asBoolean()).isTrue());
        row("listStacks", "GET", "/v2/stacks", null, 200,
                reply -> assertThat(reply.json().at("/stack/stack_list").findValuesAsText("stack_id")).contains("java", "python"));

        // B.4.5 extension authorisation
        // Decisions need an existing instance: one is created first (partner creation, the shortest body).
        rowAfter(() -> vars.put("instance", http.post("/v2/instances", "{\"cpu_memory\":\"1U1G\",\"instance_name\":"
                        + "\"authorised-ide\",\"pvc_quantity\":\"5GB\",\"refresh_time\":\"60\",\"stack_id\":\"" + DEMO_STACK
                        + "\"}").json().at("/result/id").asText()),
                "setExtensionAuthorization", "POST", "/v2/extension/authorization/${instance}",
                "{\"extension_version\":\"1.0.1\",\"identifier\":\"redhat.java\",\"status\":\"AGREE\"}",
                reply -> assertThat(reply.json().path("result").asBoolean()).isTrue());
        row("showExtensionAuthorization", "GET",
                "/v2/extension/authorization?extension_version=1.0.1&identifier=redhat.java&instance_id=${instance}", null, 200,
                reply -> assertThat(reply.json().at("/result/status").asText()).isEqualTo("AGREE"));

        // B.4.6 marketplace
        row("createExtensionEvaluation", "POST", "/v1/marketplace/extension/evaluation",
                "{\"extension_id\":\"" + EXTENSION + "\",\"text\":\"给你一个评论\"}", 200, keep("evaluation", "/result/id"));
        row("replyEvaluation", "POST", "/v1/marketplace/extension/evaluation/reply", "{\"evaluation_id\":\"${evaluation}\",\"text\":\"回复评价\"}",
                200, keep("reply", "/result/id"));
        row("reportEvaluation", "POST", "/v1/marketplace/extension/evaluation/accusation",
                "{\"content\":\"spam\",\"reply_id\":\"${reply}\"}", 200, reply -> assertThat(reply.json().path("result").asBoolean()).isTrue());
        row("listExtensionEvaluations", "GET", "/v1/marketplace/feedback/evaluation?extension_id=" + EXTENSION + "&limit=10&offset=0",
                null, 200, reply -> {
                    assertThat(reply.json().at("/result/total_items_count").asInt()).isEqualTo(1);
                    assertThat(reply.json().at("/result/items/0/evaluationReply/0/text").asText()).isEqualTo("回复评价");
                });
        row("deleteEvaluationReply", "DELETE", "/v1/marketplace/evaluation/reply/${reply}", null, 200, success());
        row("deleteEvaluation", "DELETE", "/v1/marketplace/evaluation/${evaluation}", null, 200, success());
        row("createExtensionStar", "POST", "/v1/marketplace/star", "{\"extension_id\":\"" + EXTENSION + "\",\"comment\":\"nice\",\"stars\":5}",
                200, reply -> assertThat(reply.json().at("/result/stars").asInt()).isEqualTo(5));
        row("listExtensionStars", "GET", "/v1/marketplace/feedback/star?extension_id=" + EXTENSION, null, 200,
                reply -> assertThat(reply.json().at("/result/items/0/comment").asText()).isEqualTo("nice"));
        row("listExtensionCategories", "GET", "/v1/marketplace/extension/category?page_num=1&page_size=5", null, 200,
                reply -> assertThat(reply.json().at("/result/items")).hasSize(5));
        row("queryExtensions", "POST", "/v1/marketplace/extension/extensionquery", "{\"filters\":[{\"page_number\":1,\"page_size\":20}],\"flags\":8}",
                200, reply -> assertThat(reply.json().at("/results/0/extensions")).hasSize(3));
        row("showExtensionDetails", "POST", "/v1/marketplace/extension/public/detail", "{\"ids\":\"" + EXTENSION + "\"}", 200, reply -> {
            assertThat(reply.json().at("/results/0/extensions/0/identifier").asText()).isEqualTo("huawei.java-pack");
            assertThat(reply.json().at("/results/0/extensions/0/average_star").asDouble()).isEqualTo(5.0);
        });
        row("listMyPublishers", "GET", "/v1/marketplace/publishers/mine", null, 200,
                reply -> assertThat(reply.json().at("/result/0/identifier").asText()).isEqualTo("codearts-demo"));
        upload("uploadMarketplacePlugin", "/v1/marketplace/file/plugin?official=CodeArtsIDEOnline",
                new Upload(Map.of(), "file", "hello.vsix", Packages.vsix("codearts-demo", "hello", "1.0.0")), reply -> {
                    assertThat(reply.json().at("/result/upload/status").asText()).isEqualTo("success");
                    assertThat(reply.json().at("/result/basicInformation/status").asText()).isEqualTo("success");
                });
        byte[] chunked = Packages.vsix("codearts-demo", "chunky", "0.1.0");
        upload("uploadFileChunk", "/v2/fileservice/file/upload", new Upload(Map.of("publisher_id", MY_PUBLISHER, "chunk_index", "1",
                "merge", "true", "total_chunk_number", "1", "parent_file_size", String.valueOf(chunked.length),
                "parent_file_name", "chunky.vsix", "override", "false", "chunk_md5", Packages.md5(chunked),
                "parent_file_sha256", Packages.sha256(chunked)), "file", "chunky.vsix", chunked), keep("task", "/result/task_id"));
        row("showExtensionCheckResult", "GET", "/v1/marketplace/extension/${task}/status", null, 200, reply -> {
            assertThat(reply.json().at("/result/basicInformation/extension_version_compare").asText()).isEqualTo("NULL_VERSION");
            assertThat(reply.json().at("/result/basicInformation/extension_brief_info/identifier").asText())
                    .isEqualTo("codearts-demo.chunky");
        });
        row("publishExtension", "POST", "/v1/marketplace/extension/${task}/archiving", "{\"type\":10}", 200,
                reply -> assertThat(reply.json().at("/result/firstUpload").asBoolean()).isTrue());

        // B.4.7 codebreeze
        row("createCodeGenerationRequest", "POST", "/v2/aims/codemodelserver/code-generation/request?topn=2",
                "{\"signature\":\"def add(x, y):\",\"language\":\"python\",\"docstring\":\"sum two numbers\",\"context\":\"    return x + y\","
                        + "\"ide_type\":\"pycharm professional\",\"ide_version\":\"2022.1.3\",\"plugin_version\":\"v0.1.0\"}", 200, reply -> {
                    keep("request", "/request_id").accept(reply);
                    assertThat(reply.json().path("dispatched_task_number").asInt()).isEqualTo(2);
                });
        rowAfter(() -> emulator.advanceMillis(Codebreeze.GENERATION_MILLIS), "showCodeGenerationResult", "GET",
                "/v2/aims/codemodelserver/code-generation/results?request_id=${request}", null, reply -> {
                    assertThat(reply.json().path("request_status").asText()).isEqualTo("completed");
                    assertThat(reply.json().path("tasks")).hasSize(2);
                    assertThat(reply.json().at("/tasks/0/generated_snippet").asText()).contains("sum two numbers");
                });
        row("createAcceptance", "POST", "/v2/aims/codemodelserver/code-generation/acceptance", "{\"request_id\":\"${request}\",\"task_id\":1}",
                200, reply -> assertThat(reply.json().path("acceptance_id").isIntegralNumber()).isTrue());
        row("createLogin", "POST", "/v2/aims/codemodelserver/code-generation/login",
                "{\"ide_type\":\"pycharm\",\"ide_version\":\"2022.1.3\",\"plugin_version\":\"v0.1.0\"}", 200,
                reply -> assertThat(reply.json().path("login_id").asInt()).isEqualTo(1));
        row("createJoinRequest", "POST", "/v2/aims/codemodelserver/join-request", "{\"name\":\"Li\",\"email\":\"li@example.com\"}", 200,
                reply -> assertThat(reply.json().path("status").asText()).isEqualTo("success"));
        row("createEvent", "POST", "/v2/aims/codemodelserver/management/event",
                "{\"component\":\"codebot\",\"verb\":\"access\",\"object\":\"/api/path\"}", 200,
                reply -> assertThat(reply.json().path("event_id").asInt()).isEqualTo(1));

        // B.4.8 tsbot
        row("startTsbotChat", "POST", "/v1/codebreezetsbot/devmind/tsbot/start-chat", "{\"user_type\":\"IDE\",\"user_id\":\"s00599361\"}",
                200, keep("chat", "/chat_id"));
        row("asyncTsbotChat", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-chat",
                "{\"chat_id\":\"${chat}\",\"message\":\"hello?\",\"user_id\":\"s00599361\",\"case\":\"Talk\"}", 200,
                keep("result", "/result_id"));
        row("getTsbotChatResult", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-get-chat-result", "{\"result_id\":\"${result}\"}", 200,
                reply -> assertThat(reply.json().path("text").asText()).contains("hello?"));
    }

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String resolve(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = vars.get(matcher.group(1));
            assertThat(value).as("variable %s must be captured by an earlier row", matcher.group(1)).isNotNull();
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersItsDocumentedExample() {
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.operation() + " " + row.method() + " " + row.path(), () -> {
            if (row.before() != null) {
                row.before().run();
            }
            String path = resolve(row.path());
            Reply reply = row.upload() == null
                    ? http.call(row.method(), path, resolve(row.body()))
                    : http.upload(path, row.upload().fields(), row.upload().fileField(), row.upload().fileName(), row.upload().content());
            assertThat(reply.status()).as("%s %s -> %s", row.method(), path, reply).isEqualTo(row.status());
            if (!BARE_TEXT_ANSWERS.contains(row.operation())) {
                assertThat(reply.json()).as("JSON body of %s", reply).isNotNull();
            }
            row.check().accept(reply);
        }));
    }

    @Test
    void theTableCoversEveryCrudOperationExactlyOnceByName() {
        Set<String> tabled = new LinkedHashSet<>();
        ROWS.forEach(row -> tabled.add(row.operation()));
        Set<String> served = new LinkedHashSet<>();
        new CrudResources(CrudEnvironment.defaults()).routes().stream()
                .map(CrudRoute::operation)
                .filter(name -> !name.contains("."))   // aliases for the examples' methods and paths
                .forEach(served::add);
        assertThat(served).hasSize(93);
        assertThat(tabled).containsExactlyInAnyOrderElementsOf(served);
    }
}
