package io.jenkins.plugins.codearts.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsPermissionException;
import io.jenkins.plugins.codearts.client.ide.IdeInstancesApi;
import io.jenkins.plugins.codearts.client.ide.model.CreateIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.CreatePartnerIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.IdeActivity;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstance;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceCreated;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceDetail;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstancePage;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstanceStatus;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeState;
import io.jenkins.plugins.codearts.client.ide.model.IdeRuntimeStatus;
import io.jenkins.plugins.codearts.client.ide.model.ListIdeInstancesQuery;
import io.jenkins.plugins.codearts.client.ide.model.StartIdeInstanceRequest;
import io.jenkins.plugins.codearts.client.ide.model.UpdateIdeInstanceRequest;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Chapter 4.1 of IDE Online on the wire, with the document's examples. */
class IdeInstancesWireTest extends MockServerSupport {

    private static final String ORG = "6251b1ee539f4c02ad4b83daeda81633";

    private IdeInstancesApi instances() {
        return client.ide().instances();
    }

    @Test
    void checkIdeInstanceNameDuplicate() throws Exception {
        respondWithResource("ide/duplicate.response.json");

        assertThat(instances().checkIdeInstanceNameDuplicate("test")).isTrue();

        takeSigned("GET", "/v2/instances/duplicate?display_name=test", null);
    }

    @Test
    void checkIdeInstanceNameDuplicateEncodesTheName() throws Exception {
        respondWithResource("ide/duplicate.response.json");

        instances().checkIdeInstanceNameDuplicate("\u6d4b\u8bd5-ide_1.0");

        takeSigned("GET", "/v2/instances/duplicate?display_name=%E6%B5%8B%E8%AF%95-ide_1.0", null);
    }

    @Test
    void showIdeInstance() throws Exception {
        respondWithResource("ide/show.response.json");

        IdeInstanceDetail detail = instances().showIdeInstance("zhkft");

        IdeInstance instance = detail.instance();
        assertThat(instance.status()).isEqualTo(IdeInstanceStatus.STOPPED);
        assertThat(instance.refreshInterval()).isEqualTo(30L);
        assertThat(instance.attributes().memoryLimitBytes()).isEqualTo("1073741824");
        assertThat(instance.privateFlag()).isFalse();
        assertThat(instance.platformId()).isEqualTo(1L);
        takeSigned("GET", "/v2/instances/zhkft", null);
    }

    @Test
    void updateIdeInstanceSendsRefreshIntervalAsString() throws Exception {
        respondWithResource("ide/update.response.json");

        assertThat(instances().updateIdeInstance("zhkftj",
                read("ide/update.request.json", UpdateIdeInstanceRequest.class))).isTrue();

        RecordedRequest request = takeSigned("PUT", "/v2/instances/zhkftj", resource("ide/update.request.json"));
        assertThat(request.getBody().clone().readUtf8()).contains("\"refresh_interval\":\"30\"");
    }

    @Test
    void deleteIdeInstance() throws Exception {
        respondWithResource("ide/delete.response.json");

        assertThat(instances().deleteIdeInstance("zhkft")).isTrue();

        takeSigned("DELETE", "/v2/instances/zhkft", null);
    }

    @Test
    void startIdeInstanceWithPlugins() throws Exception {
        respondWithResource("ide/start.response.json");

        String echoed = instances().startIdeInstance("zkfst", read("ide/start.request.json",
                StartIdeInstanceRequest.class));

        assertThat(echoed).isEqualTo("zhkfjt");
        takeSigned("PUT", "/v2/instances/zkfst/runtime", resource("ide/start.request.json"));
    }

    @Test
    void stopIdeInstance() throws Exception {
        respondWithResource("ide/stop.response.json");

        assertThat(instances().stopIdeInstance("zhkft")).isTrue();

        takeSigned("DELETE", "/v2/instances/zhkft/runtime", null);
    }

    @Test
    void createIdeInstanceInTheTenant() throws Exception {
        respondWithResource("ide/create.response.json");

        IdeInstanceCreated created = instances().createIdeInstance(ORG,
                read("ide/create.request.json", CreateIdeInstanceRequest.class));

        assertThat(created.id()).isEqualTo("mpdrao");
        assertThat(created.link()).endsWith("instanceId=mpdrao");
        assertThat(created.arch()).isEqualTo("x86");
        takeSigned("POST", "/v2/" + ORG + "/instances", resource("ide/create.request.json"));
    }

    @Test
    void createIdeInstanceWithoutOrgIdUsesTheConfiguredDomainId() throws Exception {
        client.close();
        client = io.jenkins.plugins.codearts.client.CodeArtsClient.create(config().domainId(ORG).build());
        respondWithResource("ide/create.response.json");

        instances().createIdeInstance(CreateIdeInstanceRequest.of("testjava", "java", "2U4G", "5GB", "30"));

        assertRequest(take(), "POST", "/v2/" + ORG + "/instances", "{\"display_name\":\"testjava\","
                + "\"stack_id\":\"java\",\"cpu_memory\":\"2U4G\",\"pvc_quantity\":\"5GB\",\"refresh_interval\":\"30\"}");
    }

    @Test
    void createIdeInstanceWithoutAnyOrgIdSaysWhereToFindIt() {
        assertThatThrownBy(() -> instances().createIdeInstance(
                CreateIdeInstanceRequest.of("testjava", "java", "2U4G", "5GB", "30")))
                .isInstanceOf(CodeArtsInvalidArgumentException.class)
                .hasMessageContaining("org_id")
                .hasMessageContaining("domainId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void listOrgIdeInstances() throws Exception {
        respondWithResource("ide/list-org.response.json");

        IdeInstancePage page = instances().listOrgIdeInstances(ORG, ListIdeInstancesQuery.all().page(0, 10));

        assertThat(page.items()).singleElement()
                .satisfies(item -> assertThat(item.id()).isEqualTo("instancewrqztsqn12imjq7e"));
        assertThat(page.size()).isEqualTo(10L);
        takeSigned("GET", "/v2/" + ORG + "/instances?offset=0&limit=10", null);
    }

    @Test
    void listIdeInstancesWithFilters() throws Exception {
        respondWithResource("ide/list.response.json");

        IdeInstancePage page = instances().listIdeInstances(new ListIdeInstancesQuery(0L, 10L, false, null,
                "my ide", "desc", "created_time"));

        assertThat(page.items()).hasSize(1);
        assertThat(page.empty()).isFalse();
        takeSigned("GET", "/v2/instances?offset=0&limit=10&is_temporary=false&search=my%20ide"
                + "&sort_dir=desc&sort_key=created_time", null);
    }

    @Test
    void iterateIdeInstancesStopsAtTheReportedTotal() throws Exception {
        respond(200, "{\"instances\":{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total_items_count\":3},\"status\":\"success\"}");
        respond(200, "{\"instances\":{\"items\":[{\"id\":\"c\"}],\"total_items_count\":3},\"status\":\"success\"}");

        assertThat(instances().iterateIdeInstances(null, 2).toList()).extracting(IdeInstance::id)
                .containsExactly("a", "b", "c");
        assertRequest(take(), "GET", "/v2/instances?offset=0&limit=2", null);
        assertRequest(take(), "GET", "/v2/instances?offset=2&limit=2", null);
    }

    @Test
    void createPartnerIdeInstance() throws Exception {
        respondWithResource("ide/partner-create.response.json");

        IdeInstanceCreated created = instances().createPartnerIdeInstance("classroom",
                read("ide/partner-create.request.json", CreatePartnerIdeInstanceRequest.class));

        assertThat(created.id()).isEqualTo("mpdrao");
        takeSigned("POST", "/v2/instances?instance_label=classroom",
                resource("ide/partner-create.request.json"));
    }

    @Test
    void checkIdeInstanceAccess() throws Exception {
        respondWithResource("ide/access.response.json");

        assertThat(instances().checkIdeInstanceAccess("zhkft")).isTrue();

        takeSigned("GET", "/v2/instances/zhkft/access", null);
    }

    @Test
    void checkIdeInstanceAccessDeniedIsAPermissionError() throws Exception {
        respond(403, "{\"error_code\":\"IDE.00010129\",\"error_msg\":\"Instance does not belong to the user or tenant\"}");

        assertThatThrownBy(() -> instances().checkIdeInstanceAccess("zhkft"))
                .isInstanceOf(CodeArtsPermissionException.class)
                .hasMessageContaining("checkIdeInstanceAccess failed: HTTP 403 IDE.00010129")
                .hasMessageContaining("Instance does not belong to the user or tenant");
    }

    @Test
    void refreshIdeInstanceActivity() throws Exception {
        respondWithResource("ide/activity.response.json");

        IdeActivity activity = instances().refreshIdeInstanceActivity("zhkft");

        assertThat(activity.expiration()).isEqualTo(1635837203706L);
        assertThat(activity.interval()).isEqualTo(30L);
        assertThat(activity.instanceId()).isEqualTo("zhkft");
        takeSigned("PUT", "/v2/instances/zhkft/activity", null);
    }

    @Test
    void showIdeInstanceStatus() throws Exception {
        respondWithResource("ide/status.response.json");

        IdeRuntimeState state = instances().showIdeInstanceStatus("zhkfjt");

        assertThat(state.status()).isEqualTo(IdeRuntimeStatus.STARTING);
        assertThat(state.status().isReady()).isFalse();
        assertThat(state.serverUrl()).isEqualTo("xxxx");
        takeSigned("GET", "/v2/instances/zhkfjt/status", null);
    }

    @Test
    void showIdeInstanceStatusToleratesAnUnknownStatus() throws Exception {
        respond(200, "{\"result\":{\"server_url\":\"u\",\"status\":\"HIBERNATING\"},\"status\":\"success\"}");

        assertThat(instances().showIdeInstanceStatus("zhkfjt").status()).isEqualTo(IdeRuntimeStatus.UNKNOWN);
    }
}
