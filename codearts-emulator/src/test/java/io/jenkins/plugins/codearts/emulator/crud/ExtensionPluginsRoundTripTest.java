package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plug-in versions, drafts, publishers and basic plug-ins of Doc A §4.9, through their whole life. */
class ExtensionPluginsRoundTripTest {

    private static CrudTestEmulator emulator;
    private static CrudHttp http;
    private static String v1;
    private static String v3;

    @BeforeAll
    static void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
        v1 = "/v1/" + emulator.demo().domainId();
        v3 = "/v3/" + emulator.demo().domainId() + "/extension";
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

    private static void isTrue(Reply reply) {
        assertThat(ok(reply).json().isBoolean() && reply.json().booleanValue()).as(reply.text()).isTrue();
    }

    private static String version(String plugin, String version) {
        return "{\"plugin_name\":\"" + plugin + "\",\"version\":\"" + version + "\",\"business_type\":\"Build\","
                + "\"runtime_attributes\":\"agent\",\"input_info\":[{\"name\":\"goal\",\"default_value\":\"package\"}]}";
    }

    @Test
    void draftLifecycleFromCreateToPublishedVersionToGone() {
        isTrue(http.post(v1 + "/agent-plugin/create-draft", version("lifecycle", "1.0.0")));
        assertThat(ok(http.get(v1 + "/agent-plugin/detail?plugin_name=lifecycle&version=1.0.0")).json()
                .path("version_attribution").asText()).isEqualTo("draft");
        Reply secondDraft = http.post(v1 + "/agent-plugin/create-draft", version("lifecycle", "1.0.1"));
        assertThat(secondDraft.status()).isEqualTo(400);
        assertThat(secondDraft.errorMsg()).contains("already has a draft");

        isTrue(http.post(v1 + "/agent-plugin/edit-draft", "{\"plugin_name\":\"lifecycle\",\"version\":\"1.0.0\",\"version_description\":\"first\"}"));
        Reply publishDraftFirst = http.post(v1 + "/agent-plugin/publish-plugin",
                "{\"plugin_name\":\"lifecycle\",\"version\":\"1.0.0\",\"publisher_unique_id\":\"7f1c6b0f12f94b3d9e37eee0b541d3ac\"}");
        assertThat(publishDraftFirst.status()).isEqualTo(400);
        assertThat(publishDraftFirst.errorMsg()).contains("publish-draft");

        isTrue(http.post(v1 + "/agent-plugin/publish-draft", "{\"plugin_name\":\"lifecycle\",\"version\":\"1.0.0\"}"));
        JsonNode detail = ok(http.get(v1 + "/agent-plugin/detail?plugin_name=lifecycle&version=1.0.0")).json();
        assertThat(detail.path("version_attribution").asText()).isEqualTo("formal");
        assertThat(detail.path("version_description").asText()).isEqualTo("first");
        assertThat(detail.at("/input_info/0/name").asText()).isEqualTo("goal");
        Reply editFormal = http.post(v1 + "/agent-plugin/edit-draft", "{\"plugin_name\":\"lifecycle\",\"version\":\"1.0.0\"}");
        assertThat(editFormal.status()).isEqualTo(400);
        assertThat(editFormal.errorMsg()).contains("not a draft");

        isTrue(http.post(v1 + "/agent-plugin/create", version("lifecycle", "1.0.10")));
        isTrue(http.post(v1 + "/agent-plugin/create", version("lifecycle", "1.0.9")));
        assertThat(ok(http.get(v1 + "/agent-plugin/all-version?plugin_name=lifecycle")).json().path("data").toString())
                .isEqualTo("[\"1.0.10\",\"1.0.9\",\"1.0.0\"]");
        JsonNode paged = ok(http.get(v1 + "/agent-plugin/query?plugin_name=lifecycle&offset=1&limit=1")).json();
        assertThat(paged.path("total").asInt()).isEqualTo(3);
        assertThat(paged.at("/data/0/version").asText()).isEqualTo("1.0.9");
        // The example's POST for 4.9.21 is served as well.
        assertThat(ok(http.post(v1 + "/agent-plugin/query?plugin_name=lifecycle", null)).json().path("total").asInt()).isEqualTo(3);

        Reply duplicate = http.post(v1 + "/agent-plugin/create", version("lifecycle", "1.0.9"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorMsg()).contains("'version'").contains("1.0.9");

        isTrue(http.post(v1 + "/agent-plugin/create-draft", version("lifecycle", "2.0.0")));
        isTrue(http.delete(v1 + "/agent-plugin/delete-draft?plugin_name=lifecycle&version=2.0.0"));
        Reply gone = http.get(v1 + "/agent-plugin/detail?plugin_name=lifecycle&version=2.0.0");
        assertRecordNotFound(gone);
        assertThat(gone.errorCode()).isEqualTo("DEVCP.00012002");
        assertThat(gone.errorMsg()).contains("lifecycle@2.0.0");
    }

    @Test
    void listingFiltersByAttributionTypeAndRegex() {
        isTrue(http.post(v1 + "/agent-plugin/create", version("regex_target", "0.1.0")));
        JsonNode custom = ok(http.post(v1 + "/agent-plugin/query-all?offset=0&limit=50",
                "{\"plugin_attribute\":\"custom\",\"regex_name\":\"^regex_\",\"business_type\":[\"Build\"]}")).json();
        assertThat(custom.path("data").findValuesAsText("plugin_name")).containsExactly("regex_target");
        assertThat(custom.at("/data/0/plugin_composition_type").asText()).isEqualTo("multi");
        JsonNode official = ok(http.post(v1 + "/agent-plugin/query-all", "{\"plugin_attribution\":\"official\",\"business_type\":[\"Gate\"]}"))
                .json();
        assertThat(official.path("data").findValuesAsText("plugin_name")).containsExactly("official_devcloud_codeCheck");
        Reply badRegex = http.post(v1 + "/agent-plugin/query-all", "{\"regex_name\":\"(\"}");
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(badRegex.errorMsg()).contains("regex_name");
    }

    @Test
    void officialPluginsAreReadOnly() {
        Reply reply = http.post(v1 + "/agent-plugin/update-info", "{\"plugin_name\":\"official_shell_plugin\",\"description\":\"x\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorCode()).isEqualTo("DEVCP.00014031");
    }

    @Test
    void publisherLifecycleWithBindingAndIcon() {
        isTrue(http.post(v1 + "/publisher/create", "{\"name\":\"Build crew\",\"en_name\":\"build_crew\"}"));
        Reply sameName = http.post(v1 + "/publisher/create", "{\"name\":\"Other\",\"en_name\":\"build_crew\"}");
        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.errorMsg()).contains("en_name").contains("build_crew");
        JsonNode listed = ok(http.get(v1 + "/publisher/query-all?name=crew")).json();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        String id = listed.at("/data/0/publisher_unique_id").asText();

        String iconPath = ok(http.upload(v1 + "/common/upload-publisher-icon?publisher_en_name=build_crew", Map.of(),
                "upload_file", "logo.png", new byte[] {1, 2, 3})).text();
        assertThat(ok(http.post(v1 + "/publisher/detail", "[\"" + id + "\",\"unknown\"]")).json()
                .at("/publisher_detail_map/" + id + "/logo_url").asText()).isEqualTo(iconPath);

        isTrue(http.post(v1 + "/agent-plugin/create", version("crew_tool", "1.0.0")));
        isTrue(http.post(v1 + "/agent-plugin/publish-plugin-bind", "{\"plugin_name\":\"crew_tool\",\"publisher_unique_id\":\"" + id + "\"}"));
        Reply stillBound = http.delete(v1 + "/publisher/delete?publisher_unique_id=" + id);
        assertThat(stillBound.status()).isEqualTo(400);
        assertThat(stillBound.errorMsg()).contains("crew_tool");
        JsonNode selectable = ok(http.post(v1 + "/relation/plugins?offset=0&limit=10", "{\"business_type\":\"Build\"}")).json();
        assertThat(selectable.findValuesAsText("publisher_unique_id")).contains(id);

        isTrue(http.post(v1 + "/agent-plugin/publish-plugin-bind",
                "{\"plugin_name\":\"crew_tool\",\"publisher_unique_id\":\"7f1c6b0f12f94b3d9e37eee0b541d3ac\"}"));
        isTrue(http.delete(v1 + "/publisher/delete?publisher_unique_id=" + id));
        assertThat(ok(http.get(v1 + "/publisher/query-all?name=crew")).json().path("total").asInt()).isZero();
        assertRecordNotFound(http.delete(v1 + "/publisher/delete?publisher_unique_id=" + id));
    }

    @Test
    void basicPluginPackageUploadsBecomeVersions() {
        isTrue(http.post(v3 + "/info/add", "{\"plugin_name\":\"pkg_tool\",\"display_name\":\"Package tool\",\"business_type\":\"Test\"}"));
        Reply again = http.post(v3 + "/info/add", "{\"plugin_name\":\"pkg_tool\"}");
        assertThat(again.status()).isEqualTo(400);
        isTrue(http.upload(v3 + "/upload?plugin_name=pkg_tool", Map.of(), "upload_file", "a.zip", Packages.basicPlugin("pkg_tool", "1.0.0")));
        isTrue(http.upload(v3 + "/upload?plugin_name=pkg_tool", Map.of(), "upload_file", "b.zip", Packages.basicPlugin("pkg_tool", "1.1.0")));
        assertThat(ok(http.get(v1 + "/agent-plugin/all-version?plugin_name=pkg_tool")).json().path("data").toString())
                .isEqualTo("[\"1.1.0\",\"1.0.0\"]");
        JsonNode basic = ok(http.get(v1 + "/relation/plugin/single?attribution=custom")).json();
        assertThat(basic.path("data").findValuesAsText("name")).containsExactly("pkg_tool");
        JsonNode detail = ok(http.get(v3 + "/detail?plugin_name=pkg_tool&version=1.1.0")).json();
        assertThat(detail.path("outputs").findValuesAsText("name")).containsExactly("report");
        assertThat(detail.at("/execution/target").asText()).isEqualTo("scripts/run.sh");

        Reply wrongPackage = http.upload(v3 + "/upload?plugin_name=pkg_tool", Map.of(), "upload_file", "c.zip",
                Packages.basicPlugin("other_tool", "1.0.0"));
        assertThat(wrongPackage.status()).isEqualTo(400);
        assertThat(wrongPackage.errorMsg()).contains("plugin_name").contains("other_tool");
        Reply notAZip = http.upload(v3 + "/upload", Map.of(), "upload_file", "x.zip", "plain text".getBytes());
        assertThat(notAZip.status()).isEqualTo(400);
        assertThat(notAZip.errorMsg()).contains("upload_file").contains(PluginPackage.MANIFEST_FILE);

        isTrue(http.post(v3 + "/info/update", "{\"plugin_name\":\"pkg_tool\",\"display_name\":\"Package tool 2\"}"));
        assertThat(ok(http.get(v3 + "/detail?plugin_name=pkg_tool&version=1.0.0")).json().path("friendly_name").asText())
                .isEqualTo("Package tool 2");
        isTrue(http.delete(v3 + "/info/delete?plugin_name=pkg_tool&type=all"));
        assertRecordNotFound(http.get(v3 + "/detail?plugin_name=pkg_tool&version=1.0.0"));
    }

    /** Doc A's record-not-found business error: HTTP 200 with DEVCP.00012002 (docs/api-notes.md). */
    private static void assertRecordNotFound(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.errorCode()).as(reply.text()).isEqualTo("DEVCP.00012002");
    }
}
