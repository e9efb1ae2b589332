package io.jenkins.plugins.codearts.emulator.crud;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Doc A §4.3: the pipeline group tree of a project. {@code path_id} is the ancestors' ids and the group's own id
 * joined with '.', as in the document's examples; the tree is at most three levels deep (g1.g2.g3).
 */
final class PipelineGroups implements ResourceFamily {

    private static final ErrorStyle STYLE = ErrorStyle.PIPELINE;
    static final int MAX_DEPTH = 3;

    private final CrudEnvironment env;
    private final PipelineDirectory directory;
    /** project id -> group id -> group (flat; the tree is built on demand from parent_id). */
    private final Map<String, Map<String, ObjectNode>> groupsByProject = new LinkedHashMap<>();
    /** project id -> pipeline id -> group id, filled by the batch move. */
    private final Map<String, Map<String, String>> pipelineGroup = new LinkedHashMap<>();

    PipelineGroups(CrudEnvironment env, PipelineDirectory pipelines) {
        this.env = env;
        this.directory = pipelines;
    }

    @Override
    public List<CrudRoute> routes() {
        String base = "/v5/{project_id}/api/pipeline-group";
        return List.of(
                new CrudRoute("createPipelineGroup", "POST", base + "/create", this::create),
                new CrudRoute("updatePipelineGroup", "POST", base + "/update", this::update),
                new CrudRoute("deletePipelineGroup", "DELETE", base + "/delete", this::delete),
                new CrudRoute("showPipelineGroupTree", "GET", base + "/tree", this::tree),
                new CrudRoute("movePipelinesToGroup", "POST", base + "/pipeline/move", this::move));
    }

    /** The group a pipeline was moved into, or null. */
    synchronized String groupOfPipeline(String projectId, String pipelineId) {
        return pipelineGroup.getOrDefault(projectId, Map.of()).get(pipelineId);
    }

    private Map<String, ObjectNode> groups(String projectId) {
        return groupsByProject.computeIfAbsent(projectId, key -> new LinkedHashMap<>());
    }

    private ObjectNode find(Map<String, ObjectNode> groups, String field, String id) {
        ObjectNode group = groups.get(id);
        if (group == null) {
            throw STYLE.notFound("Pipeline group", field, id);
        }
        return group;
    }

    private synchronized CrudReply create(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        // The table calls body project_id the "project name", the example sends the id: require it, keep the path's.
        body.requireText("project_id");
        String parentId = body.text("parent_id", "");
        Map<String, ObjectNode> groups = groups(projectId);
        String parentPath = "";
        if (!parentId.isEmpty()) {
            ObjectNode parent = find(groups, "parent_id", parentId);
            parentPath = parent.path("path_id").asText();
            if (parentPath.split("\\.").length >= MAX_DEPTH) {
                throw STYLE.invalid("body field 'parent_id' has value '" + parentId + "', a group at level " + MAX_DEPTH
                        + "; groups nest at most " + MAX_DEPTH + " levels, choose a shallower parent");
            }
        }
        int siblings = 0;
        for (ObjectNode group : groups.values()) {
            if (group.path("parent_id").asText().equals(parentId)) {
                siblings++;
                if (group.path("name").asText().equals(name)) {
                    throw STYLE.invalid("body field 'name' has value '" + name + "', which a sibling group already uses; "
                            + "choose another name");
                }
            }
        }
        String id = Json.newId();
        ObjectNode group = Json.object();
        group.put("id", id);
        group.put("domain_id", env.domainId());
        group.put("project_id", projectId);
        group.put("name", name);
        group.put("parent_id", parentId);
        group.put("path_id", parentPath.isEmpty() ? id : parentPath + "." + id);
        group.put("ordinal", siblings);
        group.put("creator", env.userId());
        group.putNull("updater");
        group.put("create_time", env.now());
        group.putNull("update_time");
        group.putNull("children");
        groups.put(id, group);
        return CrudReply.ok(group.deepCopy());
    }

    private static ObjectNode success() {
        ObjectNode reply = Json.object();
        reply.put("success", true);
        return reply;
    }

    private synchronized CrudReply update(CrudRequest request) {
        Fields body = request.bodyFields(STYLE);
        String name = body.requireText("name");
        String id = body.requireText("id");
        Map<String, ObjectNode> groups = groups(request.pathParam("project_id"));
        ObjectNode group = find(groups, "id", id);
        for (ObjectNode sibling : groups.values()) {
            if (sibling != group && sibling.path("parent_id").asText().equals(group.path("parent_id").asText())
                    && sibling.path("name").asText().equals(name)) {
                throw STYLE.invalid("body field 'name' has value '" + name + "', which a sibling group already uses; "
                        + "choose another name");
            }
        }
        group.put("name", name);
        group.put("updater", env.userId());
        group.put("update_time", env.now());
        return CrudReply.ok(success());
    }

    private synchronized CrudReply delete(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        String id = request.queryFields(STYLE).requireText("id");
        Map<String, ObjectNode> groups = groups(projectId);
        ObjectNode group = find(groups, "id", id);
        // Sub-groups go with their parent; pipelines inside fall back to "no group".
        String path = group.path("path_id").asText();
        List<String> doomed = new ArrayList<>();
        for (ObjectNode candidate : groups.values()) {
            String candidatePath = candidate.path("path_id").asText();
            if (candidatePath.equals(path) || candidatePath.startsWith(path + ".")) {
                doomed.add(candidate.path("id").asText());
            }
        }
        doomed.forEach(groups::remove);
        pipelineGroup.getOrDefault(projectId, new LinkedHashMap<>()).values().removeIf(doomed::contains);
        return CrudReply.ok(success());
    }

    private synchronized CrudReply tree(CrudRequest request) {
        return CrudReply.ok(children(groups(request.pathParam("project_id")), ""));
    }

    /** Newest first, as in the document's tree example (ordinal 2, 1, 0). */
    private ArrayNode children(Map<String, ObjectNode> groups, String parentId) {
        List<ObjectNode> level = new ArrayList<>();
        for (ObjectNode group : groups.values()) {
            if (group.path("parent_id").asText().equals(parentId)) {
                level.add(group);
            }
        }
        level.sort(Comparator.comparingInt((ObjectNode group) -> group.path("ordinal").asInt()).reversed());
        ArrayNode array = Json.array();
        for (ObjectNode group : level) {
            ObjectNode copy = group.deepCopy();
            ArrayNode nested = children(groups, group.path("id").asText());
            if (nested.isEmpty()) {
                copy.putNull("children");
            } else {
                copy.set("children", nested);
            }
            array.add(copy);
        }
        return array;
    }

    private synchronized CrudReply move(CrudRequest request) {
        String projectId = request.pathParam("project_id");
        Fields body = request.bodyFields(STYLE);
        String groupId = body.requireText("group_id");
        body.requireArray("pipelines");
        List<Fields> pipelines = body.objects("pipelines");
        if (pipelines.isEmpty()) {
            throw STYLE.invalid("body field 'pipelines' is an empty array; send at least one {pipeline_id, pipeline_name}");
        }
        // Validate every item before moving any, so a bad item leaves the membership untouched.
        List<String[]> moves = new ArrayList<>();
        for (Fields pipeline : pipelines) {
            moves.add(new String[] {pipeline.requireText("pipeline_id"), pipeline.requireText("pipeline_name")});
        }
        find(groups(projectId), "group_id", groupId);
        ArrayNode results = Json.array();
        Map<String, String> membership = pipelineGroup.computeIfAbsent(projectId, key -> new LinkedHashMap<>());
        for (String[] move : moves) {
            String pipelineId = move[0];
            String pipelineName = move[1];
            // Each item reports its own outcome: a pipeline the project does not have is "failed", the rest move.
            boolean known = directory.exists(projectId, pipelineId);
            if (known) {
                membership.put(pipelineId, groupId);
            }
            ObjectNode result = results.addObject();
            result.put("code", known ? "success" : "failed");
            result.put("pipeline_id", pipelineId);
            result.put("pipeline_name", pipelineName);
        }
        return CrudReply.ok(results);
    }
}
