package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Create, list, show, update, delete and "gone" for the Pipeline document's catalogue resources. */
class PipelineCatalogRoundTripTest {

    private static CrudTestEmulator emulator;
    private static CrudHttp http;
    private static String domain;
    private static String project;

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
        domain = emulator.demo().domainId();
        project = emulator.demo().projectId();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.errorCode()).as(reply.text()).isNull();
        return reply;
    }

    private static String templateBody(String name, String language) {
        return """
                {"name":"%s","description":"d","language":"%s","is_show_source":false,"variables":{"name":"ENV","value":"dev"},
                 "definition":"{'stages':[{'name':'Build','sequence':0},{'name':'Deploy','sequence':1}]}",
                 "domain_id":"%s","is_system":false}""".formatted(name, language, domain);
    }

    @Test
    void templateRoundTrip() {
        String base = "/v5/" + domain + "/api/pipeline-templates";
        String id = ok(http.post(base, templateBody("zeta-template", "Go"))).json().path("templateId").asText();

        JsonNode listed = ok(http.post(base + "/list", "{\"language\":\"Go\",\"sort_key\":\"name\",\"sort_dir\":\"asc\"}")).json();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        JsonNode summary = listed.at("/templates/0");
        assertThat(summary.path("id").asText()).isEqualTo(id);
        // The single-quoted definition of the document's style still yields the stage summary.
        assertThat(summary.path("stages").findValuesAsText("name")).containsExactly("Build", "Deploy");
        assertThat(ok(http.post(base + "/list", "{\"is_system\":true}")).json().path("total").asInt()).isEqualTo(4);
        assertThat(ok(http.post(base + "/list", "{\"offset\":1,\"limit\":2,\"sort_key\":\"create_time\",\"sort_dir\":\"desc\"}")).json()
                .path("templates")).hasSize(2);

        JsonNode detail = ok(http.get(base + "/" + id)).json();
        assertThat(detail.path("variables").findValuesAsText("name")).containsExactly("ENV");
        assertThat(detail.path("creator_id").asText()).isEqualTo(emulator.demo().userId());

        ok(http.put(base + "/" + id, templateBody("zeta-template-2", "Go")));
        assertThat(ok(http.get(base + "/" + id)).json().path("name").asText()).isEqualTo("zeta-template-2");

        ok(http.delete(base + "/" + id));
        Reply gone = http.get(base + "/" + id);
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.errorCode()).isEqualTo("DEVCP.00021006");
        assertThat(gone.errorMsg()).contains(id);
    }

    @Test
    void managedTemplatesFeedCreatePipelineByTemplate() {
        String base = "/v5/" + domain + "/api/pipeline-templates";
        String runnable = """
                {"name":"runnable","language":"Java","is_show_source":true,"domain_id":"%s","is_system":false,
                 "definition":"{\\"stages\\":[{\\"name\\":\\"Build\\",\\"jobs\\":[{\\"name\\":\\"Compile\\",\\"steps\\":[{\\"name\\":\\"mvn\\"}]}]}]}"}
                """.formatted(domain);
        String runnableId = ok(http.post(base, runnable)).json().path("templateId").asText();
        String singleQuoted = ok(http.post(base, templateBody("document-style", "Java"))).json().path("templateId").asText();
        String create = "{\"name\":\"from-template\",\"is_publish\":false,\"sources\":[]}";
        for (String id : new String[] {runnableId, singleQuoted, emulator.demo().demoTemplateId()}) {
            Reply created = ok(http.post("/v5/" + project + "/api/pipeline-templates/" + id + "/create-pipeline", create));
            assertThat(created.json().path("pipeline_id").asText()).as("pipeline from template %s", id).isNotBlank();
        }
        ok(http.delete(base + "/" + runnableId));
        Reply gone = http.post("/v5/" + project + "/api/pipeline-templates/" + runnableId + "/create-pipeline", create);
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.errorCode()).isEqualTo("DEVCP.00021006");
    }

    @Test
    void systemTemplatesAreReadOnlyWithTheDocumentedBusinessError() {
        Reply reply = http.delete("/v5/" + domain + "/api/pipeline-templates/e908740fe06e44a28f30c0f3c81b2ad5");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorCode()).isEqualTo("DEVCP.00014031");
        assertThat(ok(http.get("/v5/" + domain + "/api/pipeline-templates/e908740fe06e44a28f30c0f3c81b2ad5")).json()
                .path("is_system").asBoolean()).isTrue();
    }

    @Test
    void anotherTenantCannotSeeATenantsTemplate() {
        String id = ok(http.post("/v5/" + domain + "/api/pipeline-templates", templateBody("private", "Java"))).json()
                .path("templateId").asText();
        assertThat(http.get("/v5/0000000000000000000000000000beef/api/pipeline-templates/" + id).errorCode())
                .isEqualTo("DEVCP.00021006");
    }

    @Test
    void groupTreeNestsWithPathIdsAndDeletesSubtrees() {
        String base = "/v5/" + project + "/api/pipeline-group";
        String g1 = ok(http.post(base + "/create", "{\"name\":\"G1\",\"project_id\":\"" + project + "\"}")).json().path("id").asText();
        JsonNode g2 = ok(http.post(base + "/create", "{\"name\":\"G2\",\"project_id\":\"" + project + "\",\"parent_id\":\"" + g1 + "\"}")).json();
        assertThat(g2.path("path_id").asText()).isEqualTo(g1 + "." + g2.path("id").asText());
        JsonNode g3 = ok(http.post(base + "/create", "{\"name\":\"G3\",\"project_id\":\"" + project + "\",\"parent_id\":\""
                + g2.path("id").asText() + "\"}")).json();
        Reply tooDeep = http.post(base + "/create", "{\"name\":\"G4\",\"project_id\":\"" + project + "\",\"parent_id\":\""
                + g3.path("id").asText() + "\"}");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.errorMsg()).contains("parent_id").contains("3 levels");
        Reply duplicate = http.post(base + "/create", "{\"name\":\"G1\",\"project_id\":\"" + project + "\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorMsg()).contains("'name'").contains("G1");

        JsonNode tree = ok(http.get(base + "/tree")).json();
        JsonNode root = null;
        for (JsonNode group : tree) {
            if (group.path("id").asText().equals(g1)) {
                root = group;
            }
        }
        assertThat(root).isNotNull();
        assertThat(root.at("/children/0/children/0/name").asText()).isEqualTo("G3");
        assertThat(root.at("/children/0/children/0/children").isNull()).isTrue();

        ok(http.post(base + "/pipeline/move", "{\"group_id\":\"" + g3.path("id").asText()
                + "\",\"pipelines\":[{\"pipeline_id\":\"p-1\",\"pipeline_name\":\"one\"}]}"));
        ok(http.delete(base + "/delete?id=" + g1));
        assertThat(ok(http.get(base + "/tree")).json().findValuesAsText("id")).doesNotContain(g1, g2.path("id").asText(),
                g3.path("id").asText());
        Reply gone = http.post(base + "/update", "{\"name\":\"x\",\"id\":\"" + g3.path("id").asText() + "\"}");
        assertRecordNotFound(gone);
        assertThat(gone.errorCode()).isEqualTo("DEVCP.00012002");
    }

    private static String rule(String name, String type) {
        return """
                {"type":"%s","name":"%s","layout_content":"l","content":[{"group_name":"g","properties":[
                  {"key":"k","type":"judge","name":"n","operator":">=","value":"0.5","value_type":"float"}]}]}""".formatted(type, name);
    }

    @Test
    void ruleRoundTripWithNewVersionOnEveryChange() {
        String base = "/v2/" + domain + "/rules";
        String id = ok(http.post(base + "/create", rule("coverage gate", "Gate"))).json().path("rule_id").asText();
        String version = ok(http.get(base + "/" + id + "/detail")).json().path("version").asText();
        JsonNode filtered = ok(http.get(base + "/query?offset=0&limit=5&type=Gate&name=COVERAGE")).json();
        assertThat(filtered.path("total").asInt()).isEqualTo(1);
        assertThat(filtered.at("/data/0/operator").asText()).isEqualTo(emulator.demo().userName());

        ok(http.put(base + "/" + id + "/update", rule("coverage gate 2", "Test")));
        JsonNode detail = ok(http.get(base + "/" + id + "/detail")).json();
        assertThat(detail.path("name").asText()).isEqualTo("coverage gate 2");
        assertThat(detail.path("version").asText()).isNotEqualTo(version);
        assertThat(detail.path("create_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        ok(http.delete(base + "/" + id + "/delete"));
        Reply gone = http.get(base + "/" + id + "/detail");
        assertRecordNotFound(gone);
        assertThat(gone.errorMsg()).contains("rule_id").contains(id);
    }

    @Test
    void concurrentCreatesAreAllKeptWithDistinctIds() throws Exception {
        String domainOfTest = "0000000000000000000000000000c0de";
        String base = "/v2/" + domainOfTest + "/rules";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = rule("parallel-" + i, "Gate");
                futures.add(pool.submit(() -> http.post(base + "/create", body)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Reply> future : futures) {
                ids.add(ok(future.get(10, TimeUnit.SECONDS)).json().path("rule_id").asText());
            }
            assertThat(ids).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        JsonNode listed = ok(http.get(base + "/query?offset=0&limit=100")).json();
        assertThat(listed.path("total").asInt()).isEqualTo(40);
        assertThat(listed.path("data").findValuesAsText("name")).hasSize(40).allMatch(name -> name.startsWith("parallel-"));
    }

    @Test
    void tenantPolicyRoundTripAndProjectView() {
        String base = "/v2/" + domain + "/tenant/rule-sets";
        String ruleId = ok(http.post("/v2/" + domain + "/rules/create", rule("for policy", "Build"))).json().path("rule_id").asText();
        String id = ok(http.post(base + "/create", "{\"name\":\"policy A\",\"rules\":[{\"id\":\"" + ruleId + "\",\"is_valid\":false}]}"))
                .json().path("rule_set_id").asText();
        JsonNode detail = ok(http.get(base + "/" + id + "/detail")).json();
        assertThat(detail.at("/rule_instances/0/is_valid").asBoolean()).isFalse();
        assertThat(detail.path("type").asText()).isEqualTo("Build");

        ok(http.put(base + "/" + id + "/switch", "{\"is_valid\":false}"));
        JsonNode invalidOnly = ok(http.get(base + "/query?offset=0&limit=10&include_tenant_rule_set=true&is_valid=false")).json();
        assertThat(invalidOnly.path("data").findValuesAsText("id")).containsExactly(id);

        JsonNode projectView = ok(http.get("/v2/" + project + "/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=true")).json();
        assertThat(projectView.path("data").findValuesAsText("id")).contains(id);
        JsonNode projectOnly = ok(http.get("/v2/" + project + "/rule-sets/query?offset=0&limit=10&include_tenant_rule_set=false")).json();
        assertThat(projectOnly.path("data").findValuesAsText("id")).doesNotContain(id);
        assertThat(ok(http.get("/v2/" + project + "/rule-sets/" + id + "/gray/detail")).json().path("name").asText()).isEqualTo("policy A");

        Reply system = http.delete(base + "/ad0cc5b3b0cd4e0e9b5a1e4e1b7c8e11/delete");
        assertThat(system.status()).isEqualTo(200);
        assertThat(system.errorCode()).isEqualTo("DEVCP.00014031");

        ok(http.delete(base + "/" + id + "/delete"));
        assertRecordNotFound(http.get(base + "/" + id + "/detail"));
        Reply unknownRule = http.post(base + "/create", "{\"name\":\"p\",\"rules\":[{\"id\":\"nope\"}]}");
        assertRecordNotFound(unknownRule);
        assertThat(unknownRule.errorMsg()).contains("rules[0].id");
    }

    @Test
    void openSourcePolicyRoundTripIncludingTheExamplesPostSwitch() {
        String base = "/v2/" + domain + "/tenant/open-source/rule-sets";
        String content = "{\"license\":{\"enable\":true,\"rules\":[{\"values\":[\"MIT\"],\"predicate\":\"contain\"}]}}";
        String id = ok(http.post(base + "/create", "{\"name\":\"oss A\",\"content\":" + content + "}")).json().path("rule_set_id").asText();
        assertThat(ok(http.get(base + "/query?name=oss%20A")).json().path("total").asInt()).isEqualTo(1);
        ok(http.put(base + "/" + id + "/update", "{\"name\":\"oss B\",\"content\":" + content + "}"));
        assertThat(ok(http.get(base + "/" + id + "/detail")).json().path("name").asText()).isEqualTo("oss B");

        ok(http.post(base + "/" + id + "/switch", "{\"is_valid\":false}"));
        assertThat(ok(http.get(base + "/" + id + "/detail")).json().path("is_valid").asBoolean()).isFalse();

        JsonNode paged = ok(http.get(base + "/query?limit=1&offset=1")).json();
        assertThat(paged.path("total").asInt()).isEqualTo(2);
        assertThat(paged.path("data")).hasSize(1);

        ok(http.delete(base + "/" + id + "/delete"));
        Reply gone = http.get(base + "/" + id + "/detail");
        assertRecordNotFound(gone);
        assertThat(gone.errorCode()).isEqualTo("DEVCP.00012002");
    }

    /** Doc A's record-not-found business error: HTTP 200 with DEVCP.00012002 (docs/api-notes.md). */
    private static void assertRecordNotFound(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.errorCode()).as(reply.text()).isEqualTo("DEVCP.00012002");
    }
}
