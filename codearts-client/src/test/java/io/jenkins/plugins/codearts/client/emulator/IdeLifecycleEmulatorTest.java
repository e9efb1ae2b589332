package io.jenkins.plugins.codearts.client.emulator;

import static io.jenkins.plugins.codearts.client.emulator.LifecycleEmulatorTest.await;
import static io.jenkins.plugins.codearts.client.emulator.LifecycleEmulatorTest.client;
import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.assertCarriesEveryField;
import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.assertSendsEveryModelField;
import static io.jenkins.plugins.codearts.client.emulator.WireAgreement.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.emulator.LifecycleEmulatorTest.Credential;
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
import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.DemoAccount;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 13 typed IDE Online chapter-4.1 operations against the emulator, with AK/SK and with an IAM token: create in
 * the caller's account, name check, status polling to RUNNING, show, update, both lists (single page and lazy),
 * keep-alive, access check, stop, start, delete, and the partner create. Every typed answer is compared with the
 * JSON the emulator sent ({@link WireAgreement}).
 */
class IdeLifecycleEmulatorTest {

    private static CodeArtsEmulator emulator;
    private static DemoAccount demo;

    @BeforeAll
    static void startEmulator() {
        // 100x: an instance starts in 0.2 s of wall time and would sleep (30 idle minutes) only after 18 s.
        emulator = CodeArtsEmulator.builder().port(0).speed(100).build().start();
        demo = emulator.demo();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void instanceLifecycle(Credential credential) {
        WireRecorder wire = new WireRecorder();
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            IdeInstancesApi instances = client.ide().instances();
            String orgId = client.identity().domainId();
            assertThat(orgId).as("org_id from %s", credential).isEqualTo(demo.domainId());
            assertThat(client.identity().iamProjectId()).isEqualTo(demo.iamProjectId());
            String name = "typed-" + credential.name().toLowerCase().replace('_', '-');

            assertThat(instances.checkIdeInstanceNameDuplicate(name)).isFalse();
            IdeInstanceCreated created = instances.createIdeInstance(CreateIdeInstanceRequest.of(name,
                    demo.demoStackId(), "2U4G", "5GB", "30"));
            assertCarriesEveryField("createIdeInstance", parse(wire.lastBody()).path("result"), created);
            assertSendsEveryModelField("createIdeInstance", parse(wire.lastBody()).path("result"),
                    IdeInstanceCreated.class);
            String id = created.id();
            assertThat(created.arch()).isEqualTo("x86");
            assertThat(created.link()).startsWith(emulator.baseUrl());
            assertThat(instances.checkIdeInstanceNameDuplicate(name)).isTrue();
            assertThatThrownBy(() -> instances.createIdeInstance(orgId, CreateIdeInstanceRequest.of(name,
                    demo.demoStackId(), "2U4G", "5GB", "30")))
                    .isInstanceOfSatisfying(CodeArtsApiException.class, error -> {
                        assertThat(error.httpStatus()).isEqualTo(406);
                        assertThat(error.errorCode()).isEqualTo("IDE.00010027");
                        assertThat(error.requestId()).isNotBlank();
                    });

            IdeRuntimeState starting = instances.showIdeInstanceStatus(id);
            assertCarriesEveryField("showIdeInstanceStatus", parse(wire.lastBody()).path("result"), starting);
            assertThat(starting.status()).isIn(IdeRuntimeStatus.STARTING, IdeRuntimeStatus.RUNNING);
            IdeRuntimeState running = awaitRuntime(instances, id, IdeRuntimeStatus.RUNNING);
            assertThat(running.status().isReady()).isTrue();
            assertThat(running.serverUrl()).startsWith(emulator.baseUrl());

            IdeInstanceDetail detail = instances.showIdeInstance(id);
            assertCarriesEveryField("showIdeInstance", parse(wire.lastBody()), detail);
            assertSendsEveryModelField("showIdeInstance", parse(wire.lastBody()), IdeInstanceDetail.class);
            IdeInstance instance = detail.instance();
            assertThat(instance.id()).isEqualTo(id);
            assertThat(instance.displayName()).isEqualTo(name);
            assertThat(instance.status()).isEqualTo(IdeInstanceStatus.RUNNING);
            assertThat(instance.stackId()).isEqualTo(demo.demoStackId());
            assertThat(instance.cpuMemory()).isEqualTo("2U4G");
            assertThat(instance.pvcQuantity()).isEqualTo("5GB");
            assertThat(instance.refreshInterval()).isEqualTo(30L);
            assertThat(instance.organizationId()).isEqualTo(orgId);
            assertThat(instance.ownerName()).isEqualTo(demo.userName());
            assertThat(instance.createdTime()).isNotBlank();
            assertThat(instance.attributes().cpuLimit()).isNotBlank();

            assertThat(instances.updateIdeInstance(id, new UpdateIdeInstanceRequest(name + "-renamed",
                    "typed cross-check", "60"))).isTrue();
            IdeInstance updated = instances.showIdeInstance(id).instance();
            assertThat(updated.displayName()).isEqualTo(name + "-renamed");
            assertThat(updated.description()).isEqualTo("typed cross-check");
            assertThat(updated.refreshInterval()).isEqualTo(60L);

            listsContain(client, instances, wire, orgId, id);

            IdeActivity activity = instances.refreshIdeInstanceActivity(id);
            assertCarriesEveryField("refreshIdeInstanceActivity", parse(wire.lastBody()).path("result"), activity);
            assertSendsEveryModelField("refreshIdeInstanceActivity", parse(wire.lastBody()).path("result"),
                    IdeActivity.class);
            assertThat(activity.instanceId()).isEqualTo(id);
            assertThat(activity.interval()).isEqualTo(60L);
            assertThat(activity.expiration()).isPositive();
            assertThat(instances.checkIdeInstanceAccess(id)).isTrue();

            assertThat(instances.stopIdeInstance(id)).isTrue();
            awaitRuntime(instances, id, IdeRuntimeStatus.STOPPED);
            assertIdeError(() -> instances.refreshIdeInstanceActivity(id), 406, "IDE.00010048");
            assertIdeError(() -> instances.stopIdeInstance(id), 406, "IDE.00010054");
            assertThat(instances.startIdeInstance(id, null)).isEqualTo(id);
            awaitRuntime(instances, id, IdeRuntimeStatus.RUNNING);

            assertThat(instances.deleteIdeInstance(id)).isTrue();
            awaitRuntime(instances, id, IdeRuntimeStatus.DELETED);
            assertThat(instances.showIdeInstance(id).instance().status()).isEqualTo(IdeInstanceStatus.DELETED);
            assertThat(instances.checkIdeInstanceNameDuplicate(name + "-renamed")).isFalse();
            assertIdeError(() -> instances.checkIdeInstanceAccess(id), 406, "IDE.00010029");
            assertIdeError(() -> instances.createIdeInstance("0000000000000000000000000000beef",
                    CreateIdeInstanceRequest.of(name + "-other", demo.demoStackId(), "1U1G", "5GB", "30")), 406,
                    "IDE.00010058");
            assertThat(instances.iterateIdeInstances(ListIdeInstancesQuery.all(), 1).stream().map(IdeInstance::id))
                    .doesNotContain(id);

            String partnerName = name + "-partner";
            IdeInstanceCreated partner = instances.createPartnerIdeInstance("typed-check",
                    new CreatePartnerIdeInstanceRequest(partnerName, demo.demoStackId(), "1U1G", "10GB", "60", "x86",
                            "partner instance", null, null, false, List.of()));
            assertCarriesEveryField("createPartnerIdeInstance", parse(wire.lastBody()).path("result"), partner);
            awaitRuntime(instances, partner.id(), IdeRuntimeStatus.RUNNING);
            IdeInstance partnerInstance = instances.showIdeInstance(partner.id()).instance();
            assertThat(partnerInstance.displayName()).isEqualTo(partnerName);
            assertThat(partnerInstance.label()).isEqualTo("typed-check");
            assertThat(partnerInstance.cpuMemory()).isEqualTo("1U1G");
            assertThat(partnerInstance.refreshInterval()).isEqualTo(60L);
            assertThat(partnerInstance.description()).isEqualTo("partner instance");
            assertThat(partnerInstance.pvcQuantity()).isEqualTo("10GB");
            assertThat(instances.deleteIdeInstance(partner.id())).isTrue();
            awaitRuntime(instances, partner.id(), IdeRuntimeStatus.DELETED);
        }
        LifecycleEmulatorTest.assertTokenUse(credential, wire);
    }

    /** The optional request fields: arm, labels, temporary instances, list filters and sorting, start plug-ins. */
    @ParameterizedTest
    @EnumSource(Credential.class)
    void optionalFieldsReachTheEmulator(Credential credential) {
        WireRecorder wire = new WireRecorder();
        try (CodeArtsClient client = client(emulator, demo, credential, wire)) {
            IdeInstancesApi instances = client.ide().instances();
            String orgId = client.identity().domainId();
            String prefix = "opt" + credential.ordinal();
            IdeInstanceCreated arm = instances.createIdeInstance(orgId, new CreateIdeInstanceRequest(prefix + "-arm",
                    demo.demoStackId(), "4U8G", "20GB", "60", "arm", "arm box", true, "workshop", List.of("git"),
                    Map.of("theme", "dark"), null, null, null, null, null, null, null, null, null));
            assertThat(arm.arch()).isEqualTo("arm");
            IdeInstanceCreated x86 = instances.createIdeInstance(orgId, CreateIdeInstanceRequest.of(prefix + "-x86",
                    demo.demoStackId(), "1U1G", "5GB", "-1"));

            IdeInstance armInstance = instances.showIdeInstance(arm.id()).instance();
            assertThat(armInstance.arch()).isEqualTo("arm");
            assertThat(armInstance.isTemporary()).isTrue();
            assertThat(armInstance.label()).isEqualTo("workshop");
            assertThat(armInstance.description()).isEqualTo("arm box");
            assertThat(armInstance.cpuMemory()).isEqualTo("4U8G");
            assertThat(armInstance.pvcQuantity()).isEqualTo("20GB");
            assertThat(armInstance.refreshInterval()).isEqualTo(60L);
            assertThat(instances.showIdeInstance(x86.id()).instance().refreshInterval()).isEqualTo(-1L);

            IdeInstancePage searched = instances.listIdeInstances(new ListIdeInstancesQuery(0L, 10L, null, null,
                    prefix, "desc", "display_name"));
            assertCarriesEveryField("listIdeInstances (search, sort)", parse(wire.lastBody()).path("instances"),
                    searched);
            assertThat(searched.items()).extracting(IdeInstance::displayName)
                    .containsExactly(prefix + "-x86", prefix + "-arm");
            assertThat(instances.listIdeInstances(new ListIdeInstancesQuery(0L, 10L, true, "workshop", prefix, null,
                    null)).items()).extracting(IdeInstance::id).containsExactly(arm.id());
            assertThat(instances.listOrgIdeInstances(orgId, new ListIdeInstancesQuery(0L, 15L, false, null, prefix,
                    null, null)).items()).extracting(IdeInstance::id).containsExactly(x86.id());

            awaitRuntime(instances, arm.id(), IdeRuntimeStatus.RUNNING);
            assertThat(instances.stopIdeInstance(arm.id())).isTrue();
            awaitRuntime(instances, arm.id(), IdeRuntimeStatus.STOPPED);
            assertThat(instances.startIdeInstance(arm.id(), new StartIdeInstanceRequest(List.of("git"),
                    Map.of("price", 10)))).isEqualTo(arm.id());
            awaitRuntime(instances, arm.id(), IdeRuntimeStatus.RUNNING);

            awaitRuntime(instances, x86.id(), IdeRuntimeStatus.RUNNING);
            for (String id : List.of(arm.id(), x86.id())) {
                assertThat(instances.deleteIdeInstance(id)).isTrue();
                awaitRuntime(instances, id, IdeRuntimeStatus.DELETED);
            }
        }
    }

    private static void listsContain(CodeArtsClient client, IdeInstancesApi instances, WireRecorder wire,
            String orgId, String id) {
        IdeInstancePage mine = instances.listIdeInstances(ListIdeInstancesQuery.all().page(0, 10));
        JsonNode mineWire = parse(wire.lastBody());
        assertCarriesEveryField("listIdeInstances", mineWire.path("instances"), mine);
        assertSendsEveryModelField("listIdeInstances", mineWire.path("instances"), IdeInstancePage.class);
        assertThat(mine.items()).extracting(IdeInstance::id).contains(id);
        assertThat(mine.items()).allSatisfy(item -> assertThat(item.status()).isNotEqualTo(IdeInstanceStatus.UNKNOWN));
        assertThat(mine.totalItemsCount()).isEqualTo((long) mine.items().size());

        IdeInstancePage tenant = instances.listOrgIdeInstances(orgId, ListIdeInstancesQuery.all().page(0, 10));
        assertCarriesEveryField("listOrgIdeInstances", parse(wire.lastBody()).path("instances"), tenant);
        assertThat(tenant.items()).extracting(IdeInstance::id).contains(id);

        long before = wire.count("GET", "/v2/instances");
        var lazy = instances.iterateIdeInstances(ListIdeInstancesQuery.all(), 1);
        assertThat(wire.count("GET", "/v2/instances")).isEqualTo(before);
        assertThat(lazy.stream().map(IdeInstance::id).toList()).hasSize(mine.totalItemsCount().intValue())
                .contains(id);
        assertThat(wire.count("GET", "/v2/instances") - before).isGreaterThanOrEqualTo(mine.totalItemsCount());
        assertThat(instances.iterateOrgIdeInstances(orgId, ListIdeInstancesQuery.all(), 10).stream()
                .map(IdeInstance::id).toList()).contains(id).doesNotHaveDuplicates();

        // Doc B 4.1.8 allows the page sizes 10, 15 and 30 only: the client refuses 20 before sending, and the
        // emulator, reached through the generic call, refuses it too.
        long sent = wire.count("GET", "/" + orgId + "/instances");
        assertThatThrownBy(() -> instances.listOrgIdeInstances(orgId, ListIdeInstancesQuery.all().page(0, 20)))
                .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class,
                        error -> assertThat(error.field()).isEqualTo("limit"))
                .hasMessageContaining("20").hasMessageContaining("10, 15 or 30");
        assertThatThrownBy(() -> instances.iterateOrgIdeInstances(orgId, null, 20))
                .isInstanceOf(CodeArtsInvalidArgumentException.class);
        assertThat(wire.count("GET", "/" + orgId + "/instances")).isEqualTo(sent);
        // The caller's list (4.1.9) takes 1-100.
        long sentMine = wire.count("GET", "/v2/instances");
        assertThatThrownBy(() -> instances.listIdeInstances(ListIdeInstancesQuery.all().page(0, 101)))
                .isInstanceOfSatisfying(CodeArtsInvalidArgumentException.class,
                        error -> assertThat(error.field()).isEqualTo("limit"))
                .hasMessageContaining("101").hasMessageContaining("1-100");
        assertThatThrownBy(() -> instances.iterateIdeInstances(null, 0))
                .isInstanceOf(CodeArtsInvalidArgumentException.class);
        assertThat(wire.count("GET", "/v2/instances")).isEqualTo(sentMine);
        assertThatThrownBy(() -> client.call("listIdeInstances", Map.of(), Query.of("limit", 101), null))
                .isInstanceOfSatisfying(CodeArtsApiException.class,
                        error -> assertThat(error.errorMessage()).contains("limit"));
        assertThat(instances.listIdeInstances(ListIdeInstancesQuery.all().page(0, 100)).size()).isEqualTo(100L);
        assertThatThrownBy(() -> client.call("listOrgIdeInstances", Map.of("org_id", orgId),
                Query.of("limit", 20), null))
                .isInstanceOfSatisfying(CodeArtsApiException.class,
                        error -> assertThat(error.errorMessage()).contains("limit"));
    }

    private static void assertIdeError(ThrowingCallable call, int httpStatus, String errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeArtsApiException.class, error -> {
            assertThat(error.httpStatus()).isEqualTo(httpStatus);
            assertThat(error.errorCode()).isEqualTo(errorCode);
            assertThat(error.errorMessage()).isNotBlank();
            assertThat(error.requestId()).isNotBlank();
        });
    }

    private static IdeRuntimeState awaitRuntime(IdeInstancesApi instances, String id, IdeRuntimeStatus wanted) {
        IdeRuntimeState state = await("instance " + id + " to be " + wanted, () -> instances.showIdeInstanceStatus(id),
                s -> s.status() == wanted);
        assertThat(state.status()).isNotEqualTo(IdeRuntimeStatus.UNKNOWN);
        return state;
    }
}
