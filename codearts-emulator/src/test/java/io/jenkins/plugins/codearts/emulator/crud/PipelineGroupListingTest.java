package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.emulator.crud.CrudHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * movePipelinesToGroup membership shows in listPipelines' {@code group_path_id}/{@code by_group} filter and in the run
 * detail's {@code group_id}, over loopback against the whole emulator (demo pipelines).
 */
class PipelineGroupListingTest {

    private CrudTestEmulator emulator;
    private CrudHttp http;
    private String project;

    @BeforeEach
    void start() {
        emulator = CrudTestEmulator.start();
        http = emulator.http();
        project = emulator.demo().projectId();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().has("error_code")).as(reply.toString()).isFalse();
        return reply.json();
    }

    private List<String> listed(String body) {
        List<String> ids = new ArrayList<>();
        ok(http.post("/v5/" + project + "/api/pipelines/list", body)).path("pipelines")
                .forEach(item -> ids.add(item.path("pipeline_id").asText()));
        return ids;
    }

    @Test
    void movedPipelinesAreListedByTheirGroupAndShowItInRunDetails() {
        String base = "/v5/" + project + "/api/pipeline-group";
        String parent = ok(http.post(base + "/create", "{\"name\":\"Services\",\"project_id\":\"" + project + "\"}"))
                .path("id").asText();
        JsonNode child = ok(http.post(base + "/create", "{\"name\":\"Java\",\"project_id\":\"" + project
                + "\",\"parent_id\":\"" + parent + "\"}"));
        String childId = child.path("id").asText();
        String childPath = child.path("path_id").asText();
        String demo = emulator.demo().demoPipelineId();
        String failing = emulator.demo().failingPipelineId();
        assertThat(listed("{\"group_path_id\":\"" + childPath + "\"}")).isEmpty();

        ok(http.post(base + "/pipeline/move", "{\"group_id\":\"" + childId + "\",\"pipelines\":[{\"pipeline_id\":\""
                + demo + "\",\"pipeline_name\":\"demo-java-service\"}]}"));

        assertThat(listed("{\"group_path_id\":\"" + childPath + "\",\"by_group\":true}")).containsExactly(demo);
        assertThat(listed("{\"group_path_id\":\"" + childId + "\"}")).containsExactly(demo); // the bare id works too
        assertThat(listed("{\"group_path_id\":\"" + parent + "\"}")).isEmpty();          // only direct members
        assertThat(listed("{\"group_path_id\":\"" + childPath + "\",\"by_group\":false}")).contains(demo, failing);
        assertThat(listed("{}")).contains(demo, failing);

        String runId = ok(http.post("/v5/" + project + "/api/pipelines/" + demo + "/run", "{}")).path("pipeline_run_id").asText();
        JsonNode detail = ok(http.get("/v5/" + project + "/api/pipelines/" + demo + "/pipeline-runs/detail?pipeline_run_id="
                + runId));
        assertThat(detail.path("group_id").asText()).isEqualTo(childId);
    }

    @Test
    void byGroupWithoutAGroupPathIsAnErrorNamingTheField() {
        Reply reply = http.post("/v5/" + project + "/api/pipelines/list", "{\"by_group\":true}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("DEVCP.00014004");
        assertThat(reply.errorMsg()).contains("group_path_id").contains("by_group");
    }
}
