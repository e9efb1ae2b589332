package io.jenkins.plugins.codearts.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterTest {

    private static final RouteHandler OK = request -> EmulatorResponse.literal(true);

    @Test
    void literalSegmentsBeatParametersWhateverTheRegistrationOrder() {
        Router router = new Router()
                .add("showIdeInstance", "GET", "/v2/instances/{instance_id}", OK)
                .add("checkIdeInstanceNameDuplicate", "GET", "/v2/instances/duplicate", OK)
                .add("listOrgIdeInstances", "GET", "/v2/{org_id}/instances", OK);
        assertThat(router.match("GET", "/v2/instances/duplicate").route().operationName()).isEqualTo("checkIdeInstanceNameDuplicate");
        Router.Match instance = router.match("GET", "/v2/instances/abc%20d/");
        assertThat(instance.route().operationName()).isEqualTo("showIdeInstance");
        assertThat(instance.pathParams()).containsEntry("instance_id", "abc d");
        assertThat(router.match("GET", "/v2/d0d0/instances").pathParams()).containsEntry("org_id", "d0d0");
        assertThat(router.match("POST", "/v2/instances/duplicate")).isNull();
        assertThat(router.allowedMethods("/v2/instances/duplicate")).containsExactly("GET");
        assertThat(router.match("GET", "/v2/instances/a/b")).isNull();
    }

    @Test
    void rejectsClashesAndMalformedTemplatesWithUsefulMessages() {
        Router router = new Router().add("one", "GET", "/v1/{a}/x", OK);
        assertThatThrownBy(() -> router.add("two", "GET", "/v1/{b}/x", OK))
                .hasMessageContaining("clashes with operation 'one'");
        assertThatThrownBy(() -> router.add("one", "POST", "/v1/other", OK))
                .hasMessageContaining("operation 'one' is already registered");
        assertThatThrownBy(() -> router.add("three", "GET", "/v1/pre{a}", OK))
                .hasMessageContaining("must fill a whole segment");
    }

    @Test
    void serviceIsInferredFromTheDocumentedPrefixes() {
        assertThat(Service.ofPathTemplate("/v2/{org_id}/instances")).isEqualTo(Service.IDE);
        assertThat(Service.ofPathTemplate("/v1/marketplace/extension/evaluation")).isEqualTo(Service.IDE);
        assertThat(Service.ofPathTemplate("/v2/{domain_id}/rules/create")).isEqualTo(Service.PIPELINE);
        assertThat(Service.ofPathTemplate("/v5/{project_id}/api/pipelines")).isEqualTo(Service.PIPELINE);
        assertThat(Service.ofPathTemplate("/v3/auth/tokens")).isEqualTo(Service.IAM);
    }
}
