package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IDE Online document's catalogue, marketplace, authorisation, codebreeze and tsbot resources, end to end. */
class IdeCatalogueRoundTripTest {

    private static final String EXTENSION = "07390271-f87f-4b98-9d72-3ad8ac541f52";
    private static final String MY_PUBLISHER = "6251b1ee-539f-4c02-ad4b-83daeda81633";

    private static CrudTestEmulator emulator;
    private static CrudHttp http;

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
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

    @Test
    void stacksFilterByTagAndTemplatesByStackAndArch() {
        JsonNode python = ok(http.get("/v2/stacks/tag?tags=Python&tags=GO")).json();
        assertThat(python.at("/stack/stack_list").findValuesAsText("stack_name")).containsExactly("python", "go", "quantum");
        JsonNode quantum = python.at("/stack/stack_list/2");
        assertThat(quantum.at("/config/attributes/specs").toString()).isEqualTo("[\"2U8G\"]");
        assertThat(quantum.has("arm_config")).isFalse();
        assertThat(ok(http.get("/v2/stacks?tags=CPP")).json().at("/stack/stack_list").findValuesAsText("stack_id")).containsExactly("cpp");
        assertThat(ok(http.get("/v2/templates?stack_id=go&arch=arm")).json().path("templates")).isEmpty();
        assertThat(ok(http.get("/v2/templates?stack_id=java&arch=arm")).json().path("templates").findValuesAsText("name"))
                .containsExactly("web-java-spring");
        Reply unknownStack = http.get("/v2/templates?stack_id=cobol");
        assertThat(unknownStack.status()).isEqualTo(406);
        assertThat(unknownStack.errorCode()).isEqualTo("IDE.00000097");
        assertThat(unknownStack.errorMsg()).contains("stack_id").contains("cobol");
    }

    @Test
    void extensionAuthorisationStartsUnknownAndFollowsDecisions() {
        String instance = ok(http.post("/v2/instances", "{\"cpu_memory\":\"1U1G\",\"instance_name\":\"decisions-ide\","
                + "\"pvc_quantity\":\"5GB\",\"refresh_time\":\"60\",\"stack_id\":\"" + emulator.demo().demoStackId() + "\"}"))
                .json().at("/result/id").asText();
        String query = "/v2/extension/authorization?extension_version=2.0.1&identifier=huawei.python&instance_id=" + instance;
        assertThat(ok(http.get(query)).json().at("/result/status").asText()).isEqualTo("UNKNOWN");
        ok(http.post("/v2/extension/authorization/" + instance, "{\"extension_version\":\"2.0.1\",\"identifier\":\"huawei.python\",\"status\":\"REJECT\"}"));
        assertThat(ok(http.get(query)).json().at("/result/status").asText()).isEqualTo("REJECT");
        assertThat(ok(http.get(query.replace(instance, "inst-2"))).json().at("/result/status").asText()).isEqualTo("UNKNOWN");
        Reply mismatch = http.post("/v2/extension/authorization/" + instance,
                "{\"extension_version\":\"2.0.1\",\"identifier\":\"huawei.python\",\"status\":\"AGREE\",\"instance_id\":\"inst-9\"}");
        assertThat(mismatch.status()).isEqualTo(406);
        assertThat(mismatch.errorMsg()).contains("instance_id").contains("inst-9");
    }

    @Test
    void evaluationsRepliesReportsAndStarsRoundTrip() {
        String evaluation = ok(http.post("/v1/marketplace/extension/evaluation", "{\"extension_id\":\"" + EXTENSION + "\",\"text\":\"useful\"}"))
                .json().at("/result/id").asText();
        String reply = ok(http.post("/v1/marketplace/extension/evaluation/reply", "{\"evaluation_id\":\"" + evaluation + "\",\"text\":\"thanks\"}"))
                .json().at("/result/id").asText();
        JsonNode nested = ok(http.post("/v1/marketplace/extension/evaluation/reply", "{\"reply_id\":\"" + reply + "\",\"text\":\"welcome\"}"))
                .json().path("result");
        assertThat(nested.path("evaluation_id").asText()).isEqualTo(evaluation);
        ok(http.post("/v1/marketplace/extension/evaluation/accusation", "{\"content\":\"off-topic\",\"evaluation_id\":\"" + evaluation + "\"}"));

        // The examples send POST for the listing; both methods answer the same.
        JsonNode listed = ok(http.post("/v1/marketplace/feedback/evaluation?extension_id=" + EXTENSION, null)).json().path("result");
        assertThat(listed.path("total_items_count").asInt()).isEqualTo(1);
        assertThat(listed.at("/items/0/evaluation/count").asInt()).isEqualTo(2);
        assertThat(listed.at("/items/0/evaluationReply").findValuesAsText("text")).containsExactly("thanks", "welcome");

        ok(http.delete("/v1/marketplace/evaluation/reply/" + reply));
        assertThat(ok(http.get("/v1/marketplace/feedback/evaluation?extension_id=" + EXTENSION)).json()
                .at("/result/items/0/evaluationReply")).hasSize(1);
        ok(http.delete("/v1/marketplace/evaluation/" + evaluation));
        assertThat(ok(http.get("/v1/marketplace/feedback/evaluation?extension_id=" + EXTENSION)).json()
                .at("/result/total_items_count").asInt()).isZero();
        Reply gone = http.delete("/v1/marketplace/evaluation/" + evaluation);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorMsg()).contains("evaluation_id").contains(evaluation);
        Reply notNumeric = http.delete("/v1/marketplace/evaluation/abc");
        assertThat(notNumeric.status()).isEqualTo(406);
        assertThat(notNumeric.errorMsg()).contains("evaluation_id").contains("abc");

        ok(http.post("/v1/marketplace/star", "{\"extension_id\":\"" + EXTENSION + "\",\"stars\":2}"));
        ok(http.post("/v1/marketplace/star", "{\"extension_id\":\"" + EXTENSION + "\",\"stars\":4,\"comment\":\"better now\"}"));
        JsonNode stars = ok(http.get("/v1/marketplace/feedback/star?extension_id=" + EXTENSION)).json().path("result");
        assertThat(stars.path("total_items_count").asInt()).isEqualTo(1);
        assertThat(stars.at("/items/0/stars").asInt()).isEqualTo(4);
        JsonNode details = ok(http.post("/v1/marketplace/extension/public/detail", "{\"ids\":\"" + EXTENSION + "\"}")).json();
        assertThat(details.at("/results/0/extensions/0/average_star").asDouble()).isEqualTo(4.0);
    }

    @Test
    void queryFiltersSortsAndPages() {
        JsonNode byCategory = ok(http.post("/v1/marketplace/extension/extensionquery",
                "{\"filters\":[{\"criteria\":[{\"filter_type\":5,\"value\":\"Themes\"}],\"page_number\":1,\"page_size\":10}],\"flags\":8}")).json();
        assertThat(byCategory.at("/results/0/extensions").findValuesAsText("extension_name")).containsExactly("background-color");
        JsonNode byName = ok(http.post("/v1/marketplace/extension/extensionquery",
                "{\"filters\":[{\"page_number\":2,\"page_size\":1,\"sort_by\":2,\"sort_order\":1}],\"flags\":2}")).json();
        assertThat(byName.at("/results/0/extensions/0/extension_name").asText()).isEqualTo("java-pack");
        assertThat(byName.at("/results/0/result_metadata/0/metadata_items/0/count").asInt()).isEqualTo(3);
        JsonNode keyword = ok(http.post("/v1/marketplace/extension/extensionquery",
                "{\"filters\":[{\"criteria\":[{\"filter_type\":10,\"value\":\"debugging\"},{\"filter_type\":18,\"value\":\"huawei\"}],"
                        + "\"page_number\":1,\"page_size\":10}],\"flags\":8}")).json();
        assertThat(keyword.at("/results/0/extensions").findValuesAsText("identifier")).containsExactlyInAnyOrder("huawei.java-pack",
                "huawei.python");
    }

    @Test
    void chunkedUploadIsCheckedThenPublishedAsANewVersion() {
        byte[] file = Packages.vsix("codearts-demo", "background-color", "0.0.2");
        byte[] first = Arrays.copyOfRange(file, 0, file.length / 2);
        byte[] second = Arrays.copyOfRange(file, file.length / 2, file.length);
        Map<String, String> fields = new HashMap<>(Map.of("publisher_id", MY_PUBLISHER, "chunk_index", "1", "merge", "false",
                "total_chunk_number", "2", "parent_file_size", String.valueOf(file.length), "parent_file_name", "bg.vsix",
                "override", "false", "chunk_md5", Packages.md5(first)));
        String task = ok(http.upload("/v2/fileservice/file/upload", fields, "file", "bg.vsix", first)).json().at("/result/task_id").asText();

        fields.putAll(Map.of("chunk_index", "2", "merge", "true", "task_id", task, "chunk_md5", "00000000000000000000000000000000"));
        Reply badMd5 = http.upload("/v2/fileservice/file/upload", fields, "file", "bg.vsix", second);
        assertThat(badMd5.status()).isEqualTo(406);
        assertThat(badMd5.errorMsg()).contains("chunk_md5").contains(Packages.md5(second));

        fields.putAll(Map.of("chunk_md5", Packages.md5(second), "parent_file_sha256", Packages.sha256(file)));
        // The example's /v1 path is served too.
        assertThat(ok(http.upload("/v1/fileservice/file/upload", fields, "file", "bg.vsix", second)).json().at("/result/task_id").asText())
                .isEqualTo(task);

        JsonNode check = ok(http.get("/v1/marketplace/extension/" + task + "/status")).json().path("result");
        assertThat(check.at("/basicInformation/status").asText()).isEqualTo("success");
        assertThat(check.at("/basicInformation/extension_version_compare").asText()).isEqualTo("GREATER");
        JsonNode published = ok(http.post("/v1/marketplace/extension/" + task + "/archiving", "{\"type\":10}")).json().path("result");
        assertThat(published.path("firstUpload").asBoolean()).isFalse();
        assertThat(published.path("extensionId").asText()).isEqualTo("5236426b-c2c0-4221-8d4b-bad03c1d51c2");
        JsonNode versions = ok(http.post("/v1/marketplace/extension/public/detail", "{\"ids\":\"5236426b-c2c0-4221-8d4b-bad03c1d51c2\"}"))
                .json().at("/results/0/extensions/0/versions");
        assertThat(versions.findValuesAsText("version")).containsExactly("0.0.1", "0.0.2");
        Reply twice = http.post("/v1/marketplace/extension/" + task + "/archiving", "{\"type\":10}");
        assertThat(twice.status()).isEqualTo(406);
        assertThat(twice.errorMsg()).contains("already published");
    }

    @Test
    void uploadsOfForeignPublishersFailTheirChecksAndCannotBePublished() {
        JsonNode upload = ok(http.upload("/v1/marketplace/file/plugin?official=CodeArtsIDEOnline", Map.of(), "file", "x.vsix",
                Packages.vsix("huawei", "sneaky", "1.0.0"))).json();
        assertThat(upload.at("/result/basicInformation/status").asText()).isEqualTo("failed");
        assertThat(upload.at("/error/reason").asText()).contains("huawei").contains("not one of your publishers");
        String task = upload.at("/result/task_id").asText();
        Reply publish = http.post("/v1/marketplace/extension/" + task + "/archiving", "{\"type\":10}");
        assertThat(publish.status()).isEqualTo(406);
        assertThat(publish.errorMsg()).contains("did not pass its checks");
        Reply wrongTarget = http.upload("/v1/marketplace/file/plugin?official=VSCode", Map.of(), "file", "x.vsix", new byte[] {1});
        assertThat(wrongTarget.status()).isEqualTo(406);
        assertThat(wrongTarget.errorMsg()).contains("official").contains("CodeArtsIDEOnline");
    }

    @Test
    void codeGenerationCompletesAfterItsRunTimeAndDeduplicates() {
        String body = "{\"language\":\"java\",\"signature\":\"int add(int a, int b) {\",\"docstring\":\"adds\"}";
        JsonNode created = ok(http.post("/v2/aims/codemodelserver/code-generation/request?request_type=function", body)).json();
        String id = created.path("request_id").asText();
        assertThat(created.path("status").asText()).isEqualTo("dispatched");
        JsonNode early = ok(http.get("/v2/aims/codemodelserver/code-generation/results?request_id=" + id)).json();
        assertThat(early.path("request_status").asText()).isEqualTo("dispatched");
        Reply tooEarly = http.post("/v2/aims/codemodelserver/code-generation/acceptance", "{\"request_id\":\"" + id + "\",\"task_id\":0}");
        assertThat(tooEarly.status()).isEqualTo(406);

        JsonNode duplicate = ok(http.post("/v2/aims/codemodelserver/code-generation/request?request_type=function", body)).json();
        assertThat(duplicate.path("request_id").asText()).isEqualTo(id);
        assertThat(duplicate.path("dispatched_task_number").asInt()).isZero();
        JsonNode resubmitted = ok(http.post("/v2/aims/codemodelserver/code-generation/request?request_type=function&resubmit=true", body)).json();
        assertThat(resubmitted.path("request_id").asText()).isNotEqualTo(id);

        emulator.advanceMillis(Codebreeze.GENERATION_MILLIS);
        // The example's POST for the results is served too.
        JsonNode done = ok(http.post("/v2/aims/codemodelserver/code-generation/results?request_id=" + id, null)).json();
        assertThat(done.path("request_status").asText()).isEqualTo("completed");
        assertThat(done.at("/tasks/0/generated_snippet").asText()).startsWith("int add(int a, int b) {").contains("// adds");
        ok(http.post("/v2/aims/codemodelserver/code-generation/acceptance", "{\"request_id\":\"" + id + "\",\"task_id\":0}"));
        Reply noSuchTask = http.post("/v2/aims/codemodelserver/code-generation/acceptance", "{\"request_id\":\"" + id + "\",\"task_id\":5}");
        assertThat(noSuchTask.status()).isEqualTo(406);
        assertThat(noSuchTask.errorMsg()).contains("task_id");

        assertThat(ok(http.post("/v2/aims/codemodelserver/join-request", "{\"email\":\"a@example.com\"}")).json().path("status").asText())
                .isEqualTo("success");
        assertThat(ok(http.post("/v2/aims/codemodelserver/join-request", "{\"email\":\"A@example.com\"}")).json().path("status").asText())
                .isEqualTo("conflict");
        assertThat(ok(http.post("/v2/aims/codemodelserver/join-request", "{\"email\":\"nope\"}")).json().path("status").asText())
                .isEqualTo("error");
    }

    @Test
    void tsbotAnswersPerChatAndResult() {
        String chat = ok(http.post("/v1/codebreezetsbot/devmind/tsbot/start-chat", "{}")).json().path("chat_id").asText();
        String result = ok(http.post("/v1/codebreezetsbot/devmind/tsbot/async-chat", "{\"chat_id\":\"" + chat + "\",\"message\":\"why red?\"}"))
                .json().path("result_id").asText();
        assertThat(ok(http.post("/v1/codebreezetsbot/devmind/tsbot/async-get-chat-result", "{\"result_id\":\"" + result + "\"}")).json()
                .path("text").asText()).contains("why red?");
        Reply unknownChat = http.post("/v1/codebreezetsbot/devmind/tsbot/async-chat", "{\"chat_id\":\"nope\",\"message\":\"hi\"}");
        assertThat(unknownChat.status()).isEqualTo(404);
        assertThat(unknownChat.errorMsg()).contains("chat_id").contains("nope");
    }
}
