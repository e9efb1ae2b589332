package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Doc B §4.5: whether an IDE instance lets a plug-in call third-party services with the user's token. A plug-in
 * nobody has decided on yet reports {@code UNKNOWN} ("ask again next time").
 */
final class ExtensionAuthorizations implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.IDE;
    private static final String[] STATUSES = {"AGREE", "REJECT", "UNKNOWN"};
    /** {@code publisher.extensionName}, e.g. redhat.java. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, String> decisions = new LinkedHashMap<>();
    private final InstanceDirectory instances;

    ExtensionAuthorizations(CrudEnvironment env, InstanceDirectory instances) {
        // No seed: every instance starts with no decision.
        this.instances = instances;
    }

    @Override
    public List<CrudRoute> routes() {
        return List.of(
                new CrudRoute("showExtensionAuthorization", "GET", "/v2/extension/authorization", this::show),
                new CrudRoute("setExtensionAuthorization", "POST", "/v2/extension/authorization/{instance_id}", this::set));
    }

    private static String key(String instanceId, String identifier, String version) {
        return instanceId + "\n" + identifier + "\n" + version;
    }

    private static String identifier(Fields fields) {
        String identifier = fields.requireText("identifier");
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw STYLE.invalid("field 'identifier' has value '" + identifier
                    + "'; use publisher.extensionName, e.g. redhat.java");
        }
        return identifier;
    }

    /** As the instance routes answer: 404 IDE.00010030 for an unknown id, 406 IDE.00010029 once deleted. */
    private void requireLiveInstance(String instanceId) {
        String status = instances.statusOf(instanceId);
        if (status == null) {
            throw new CrudException(404, "IDE.00010030", "instance not exist: no IDE instance '" + instanceId
                    + "'; use an id from GET /v2/instances");
        }
        if (status.equals("DELETING") || status.equals("DELETED")) {
            throw new CrudException(406, "IDE.00010029", "instance '" + instanceId + "' is " + status
                    + "; plug-in authorisation needs an instance that is not deleted");
        }
    }

    private synchronized CrudReply show(CrudRequest request) {
        Fields query = request.queryFields(STYLE);
        String version = query.requireText("extension_version");
        String identifier = identifier(query);
        String instanceId = query.requireText("instance_id");
        ObjectNode result = Json.object();
        result.put("identifier", identifier);
        result.put("instance_id", instanceId);
        result.put("extension_version", version);
        result.put("status", decisions.getOrDefault(key(instanceId, identifier, version), "UNKNOWN"));
        return CrudReply.ok(Json.success("result", result));
    }

    private synchronized CrudReply set(CrudRequest request) {
        String instanceId = request.pathParam("instance_id");
        Fields body = request.bodyFields(STYLE);
        String version = body.requireText("extension_version");
        String identifier = identifier(body);
        String status = body.requireEnum("status", STATUSES);
        String bodyInstance = body.text("instance_id");
        if (bodyInstance != null && !bodyInstance.isEmpty() && !bodyInstance.equals(instanceId)) {
            throw STYLE.invalid("body field 'instance_id' has value '" + bodyInstance + "' but the path names instance '"
                    + instanceId + "'; send the same id or omit it from the body");
        }
        requireLiveInstance(instanceId);
        decisions.put(key(instanceId, identifier, version), status);
        return CrudReply.ok(Json.success("result", com.fasterxml.jackson.databind.node.BooleanNode.TRUE));
    }
}
