package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input gets the documented error of its service (Pipeline 400 DEVCP.00014004, IDE Online 406 IDE.00000097),
 * and the message names the field with its full path, the value received where there is one, and what to send.
 */
class CrudValidationTest {

    private static final String D = CodeArtsEmulator.DEFAULT_DEMO.domainId();
    private static final String P = CodeArtsEmulator.DEFAULT_DEMO.projectId();
    private static final String PIPELINE = "DEVCP.00014004";
    private static final String IDE = "IDE.00000097";

    private static CrudTestEmulator emulator;

    /** One bad request and what its error must say. */
    record Case(String description, Function<CrudHttp, Reply> call, int status, String errorCode, List<String> fragments) {
    }

    private static Case json(String description, String method, String path, String body, int status, String code, String... fragments) {
        return new Case(description, http -> http.call(method, path, body), status, code, List.of(fragments));
    }

    private static Case form(String description, String path, Map<String, String> fields, String fileField, int status, String code,
                             String... fragments) {
        return new Case(description, http -> http.upload(path, fields, fileField, "f.bin", new byte[] {1, 2}), status, code,
                List.of(fragments));
    }

    private static final String TEMPLATE = "{\"name\":\"t\",\"language\":\"none\",\"definition\":\"{}\",\"is_system\":%s,"
            + "\"domain_id\":\"" + D + "\",\"is_show_source\":true}";
    private static final Map<String, String> CHUNK = Map.of("publisher_id", "6251b1ee-539f-4c02-ad4b-83daeda81633", "chunk_index", "0",
            "merge", "true", "total_chunk_number", "1", "parent_file_size", "2", "parent_file_name", "f.bin", "override", "false",
            "chunk_md5", "x");

    static final List<Case> CASES = List.of(
            json("template without name", "POST", "/v5/" + D + "/api/pipeline-templates",
                    "{\"language\":\"none\",\"definition\":\"{}\",\"is_system\":false,\"domain_id\":\"" + D + "\",\"is_show_source\":true}",
                    400, PIPELINE, "'name'", "mandatory"),
            json("template with a non-boolean is_system", "POST", "/v5/" + D + "/api/pipeline-templates", TEMPLATE.formatted("\"maybe\""),
                    400, PIPELINE, "'is_system'", "'maybe'", "true or false"),
            json("template listing sorted the wrong way", "POST", "/v5/" + D + "/api/pipeline-templates/list", "{\"sort_dir\":\"up\"}",
                    400, PIPELINE, "'sort_dir'", "'up'", "[asc, desc]"),
            json("template listing with limit 0", "POST", "/v5/" + D + "/api/pipeline-templates/list", "{\"limit\":0}",
                    400, PIPELINE, "'limit'", "0", "from 1 to 100"),
            json("body that is not JSON", "POST", "/v5/" + D + "/api/pipeline-templates/list", "{offset:", 400, PIPELINE, "not valid JSON"),
            json("group without project_id", "POST", "/v5/" + P + "/api/pipeline-group/create", "{\"name\":\"G\"}",
                    400, PIPELINE, "'project_id'"),
            json("group move with an incomplete item", "POST", "/v5/" + P + "/api/pipeline-group/pipeline/move",
                    "{\"group_id\":\"g\",\"pipelines\":[{\"pipeline_id\":\"p\"}]}", 400, PIPELINE, "'pipelines[0].pipeline_name'"),
            json("rule of an undocumented type", "POST", "/v2/" + D + "/rules/create",
                    "{\"type\":\"Lint\",\"name\":\"n\",\"layout_content\":\"l\",\"content\":[]}", 400, PIPELINE,
                    "'type'", "'Lint'", "[Build, Gate, Deploy, Test, Normal]"),
            json("rule property without value", "POST", "/v2/" + D + "/rules/create",
                    "{\"type\":\"Gate\",\"name\":\"n\",\"layout_content\":\"l\",\"content\":[{\"group_name\":\"g\",\"properties\":"
                            + "[{\"key\":\"k\",\"type\":\"judge\",\"name\":\"n\",\"value_type\":\"float\"}]}]}",
                    400, PIPELINE, "'content[0].properties[0].value'"),
            json("rule listing without offset", "GET", "/v2/" + D + "/rules/query?limit=10", null, 400, PIPELINE,
                    "query parameter 'offset'", "mandatory"),
            json("project policies without include_tenant_rule_set", "GET", "/v2/" + P + "/rule-sets/query?offset=0&limit=10", null,
                    400, PIPELINE, "'include_tenant_rule_set'"),
            json("switching the read-only system policy", "PUT", "/v2/" + D + "/tenant/rule-sets/ad0cc5b3b0cd4e0e9b5a1e4e1b7c8e11/switch", "{}",
                    200, "DEVCP.00014031", "system policy"),
            json("open-source policy whose content is a string", "POST", "/v2/" + D + "/tenant/open-source/rule-sets/create",
                    "{\"name\":\"n\",\"content\":\"all\"}", 400, PIPELINE, "'content'", "'all'", "JSON object"),
            json("open-source severity values that are not a list", "POST", "/v2/" + D + "/tenant/open-source/rule-sets/create",
                    "{\"name\":\"n\",\"content\":{\"security\":{\"rules\":{\"severity\":{\"values\":\"High\"}}}}}", 400, PIPELINE,
                    "'content.security.rules.severity.values'"),
            json("plug-in of an undocumented business type", "POST", "/v1/" + D + "/agent-plugin/create",
                    "{\"plugin_name\":\"p\",\"version\":\"1\",\"business_type\":\"Lint\"}", 400, PIPELINE, "'business_type'", "'Lint'"),
            json("plug-in without plugin_name", "POST", "/v1/" + D + "/agent-plugin/create", "{\"version\":\"1\"}", 400, PIPELINE,
                    "'plugin_name'"),
            json("plug-in inputs query that is not a bare array", "POST", "/v1/" + D + "/agent-plugin/plugin-input",
                    "{\"plugin_name\":\"p\"}", 400, PIPELINE, "bare JSON array"),
            json("selectable plug-ins without offset", "POST", "/v1/" + D + "/relation/plugins?limit=10", "{}", 400, PIPELINE,
                    "'offset'"),
            form("icon upload without the file", "/v1/" + D + "/common/upload-plugin-icon", Map.of("note", "x"), null, 400, PIPELINE,
                    "'upload_file'"),
            json("icon upload sent as JSON", "POST", "/v1/" + D + "/common/upload-plugin-icon", "{}", 400, PIPELINE,
                    "multipart/form-data"),
            json("unknown rule", "GET", "/v2/" + D + "/rules/0000/detail", null, 200, "DEVCP.00012002", "rule_id", "'0000'"),

            json("templates without stack_id", "GET", "/v2/templates", null, 406, IDE, "'stack_id'"),
            json("authorisation status outside the enumeration", "POST", "/v2/extension/authorization/i1",
                    "{\"extension_version\":\"1\",\"identifier\":\"a.b\",\"status\":\"MAYBE\"}", 406, IDE,
                    "'status'", "'MAYBE'", "[AGREE, REJECT, UNKNOWN]"),
            json("authorisation identifier without publisher", "GET",
                    "/v2/extension/authorization?extension_version=1&identifier=java&instance_id=i1", null, 406, IDE,
                    "'identifier'", "publisher.extensionName"),
            json("comment without text", "POST", "/v1/marketplace/extension/evaluation",
                    "{\"extension_id\":\"17c341ee-797e-4824-aec5-6fafb3c0eced\"}", 406, IDE, "'text'"),
            json("six stars", "POST", "/v1/marketplace/star", "{\"extension_id\":\"17c341ee-797e-4824-aec5-6fafb3c0eced\",\"stars\":6}",
                    406, IDE, "'stars'", "6", "from 1 to 5"),
            json("flags outside 2/4/8/16", "POST", "/v1/marketplace/extension/extensionquery",
                    "{\"filters\":[{\"page_number\":1,\"page_size\":1}],\"flags\":3}", 406, IDE, "'flags'", "3"),
            json("undocumented filter type", "POST", "/v1/marketplace/extension/extensionquery",
                    "{\"filters\":[{\"criteria\":[{\"filter_type\":99}],\"page_number\":1,\"page_size\":1}],\"flags\":8}", 406, IDE,
                    "'filters[0].criteria[0].filter_type'", "99"),
            json("filter without page_size", "POST", "/v1/marketplace/extension/extensionquery",
                    "{\"filters\":[{\"page_number\":1}],\"flags\":8}", 406, IDE, "'filters[0].page_size'"),
            json("evaluations of an unknown extension", "GET", "/v1/marketplace/feedback/evaluation?extension_id=nope", null, 404, IDE,
                    "extension_id", "'nope'"),
            form("chunk index 0", "/v2/fileservice/file/upload", CHUNK, "file", 406, IDE, "form field 'chunk_index'", "from 1 to 100"),
            form("chunk without publisher under a user token", "/v2/fileservice/file/upload", Map.of("chunk_index", "1", "merge", "true",
                    "total_chunk_number", "1", "parent_file_size", "2", "parent_file_name", "f.bin", "override", "false", "chunk_md5", "x"),
                    "file", 406, IDE, "'publisher_id'"),
            json("publishing an unknown upload task", "POST", "/v1/marketplace/extension/t1/archiving", "{}", 404, IDE, "task_id", "'t1'"),
            json("code generation without language", "POST", "/v2/aims/codemodelserver/code-generation/request", "{}", 406, IDE,
                    "'language'"),
            json("code generation with an undocumented request_type", "POST",
                    "/v2/aims/codemodelserver/code-generation/request?request_type=class", "{\"language\":\"go\"}", 406, IDE,
                    "'request_type'", "'class'", "[function, rawtext]"),
            json("login without ide_version", "POST", "/v2/aims/codemodelserver/code-generation/login",
                    "{\"ide_type\":\"x\",\"plugin_version\":\"1\"}", 406, IDE, "'ide_version'"),
            json("event without component", "POST", "/v2/aims/codemodelserver/management/event", "{\"verb\":\"access\"}", 406, IDE,
                    "'component'"),
            json("chat message without text", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-chat", "{\"chat_id\":\"c\"}", 406, IDE,
                    "'message'"),
            json("chat result without id", "POST", "/v1/codebreezetsbot/devmind/tsbot/async-get-chat-result", "{}", 406, IDE,
                    "'result_id'"));

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRejectedWithAMessageNamingTheField() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.description(), () -> {
            Reply reply = c.call().apply(emulator.http());
            assertThat(reply.status()).as(reply.text()).isEqualTo(c.status());
            assertThat(reply.errorCode()).as(reply.text()).isEqualTo(c.errorCode());
            assertThat(reply.errorMsg()).contains(c.fragments());
        }));
    }

    @Test
    void catalogueRoutesNeedCredentialsLikeEveryOtherRoute() {
        Reply reply = emulator.anonymous().get("/v2/stacks/tag");
        assertThat(reply.status()).as(reply.text()).isEqualTo(401);
        assertThat(reply.errorCode()).startsWith("APIGW");
    }
}
