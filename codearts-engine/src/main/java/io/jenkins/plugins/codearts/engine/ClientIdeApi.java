package io.jenkins.plugins.codearts.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codearts.client.CodeArtsBadResponseException;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.Query;
import java.util.Map;

/** {@link IdeApi} on the client's generic JSON call (same transport, signing, retries and errors as typed calls). */
final class ClientIdeApi implements IdeApi {

    private final CodeArtsClient client;

    ClientIdeApi(CodeArtsClient client) {
        this.client = client;
    }

    @Override
    public Created create(CreateIdeInstanceRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("display_name", request.displayName());
        body.put("stack_id", request.stackId());
        body.put("arch", request.arch());
        body.put("cpu_memory", request.cpuMemory());
        body.put("pvc_quantity", request.pvcQuantity());
        body.put("refresh_interval", request.refreshInterval());
        if (request.description() != null) {
            body.put("description", request.description());
        }
        if (request.temporary() != null) {
            body.put("is_temporary", request.temporary());
        }
        if (request.labelTag() != null) {
            body.put("label_tag", request.labelTag());
        }
        if (!request.plugins().isEmpty()) {
            request.plugins().forEach(body.putArray("plugin_enable_list")::add);
        }
        if (!request.pluginVars().isEmpty()) {
            ObjectNode vars = body.putObject("plugin_vars");
            request.pluginVars().forEach(vars::put);
        }
        JsonNode answer = client.call("createIdeInstance", Map.of("org_id", request.orgId()), Query.empty(),
                body.toString());
        JsonNode result = answer.path("result");
        String id = ClientRunApi.text(result, "id");
        if (id == null) {
            throw new CodeArtsBadResponseException("createIdeInstance", "createIdeInstance answered without result.id",
                    200, null, null);
        }
        return new Created(id, ClientRunApi.text(result, "link"), ClientRunApi.text(result, "arch"));
    }

    @Override
    public Status status(String instanceId) {
        JsonNode answer = client.call("showIdeInstanceStatus", Map.of("instance_id", instanceId), Query.empty(), null);
        JsonNode result = answer.path("result");
        return new Status(ClientRunApi.text(result, "status"), ClientRunApi.text(result, "server_url"));
    }

    @Override
    public void start(String instanceId) {
        client.call("startIdeInstance", Map.of("instance_id", instanceId), Query.empty(), "{}");
    }

    @Override
    public void stop(String instanceId) {
        client.call("stopIdeInstance", Map.of("instance_id", instanceId), Query.empty(), null);
    }

    @Override
    public void delete(String instanceId) {
        client.call("deleteIdeInstance", Map.of("instance_id", instanceId), Query.empty(), null);
    }
}
