package io.jenkins.plugins.codearts.client.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.PathIds;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.CreatePipelineGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.GroupSuccess;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.MovePipelinesToGroupRequest;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineGroup;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.PipelineMoveResult;
import io.jenkins.plugins.codearts.client.pipeline.model.groups.UpdatePipelineGroupRequest;
import java.util.List;
import java.util.Objects;

/** Pipeline document chapter 4.3, pipeline groups ("Manage by group") of a CodeArts project. */
public final class GroupsApi {

    private static final TypeReference<List<PipelineGroup>> GROUP_LIST = new TypeReference<>() { };
    private static final TypeReference<List<PipelineMoveResult>> MOVE_RESULTS = new TypeReference<>() { };

    private final Transport transport;

    GroupsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Creates a group ({@code POST /v5/{project_id}/api/pipeline-group/create}). */
    public PipelineGroup createPipelineGroup(String projectId, CreatePipelineGroupRequest request) {
        return transport.execute(OperationCatalog.CREATE_PIPELINE_GROUP, PathParams.of("project_id", projectId),
                Query.empty(), RequiredFields.body(OperationCatalog.CREATE_PIPELINE_GROUP, request),
                PipelineGroup.class);
    }

    /** Renames a group ({@code POST /v5/{project_id}/api/pipeline-group/update}). */
    public GroupSuccess updatePipelineGroup(String projectId, UpdatePipelineGroupRequest request) {
        return transport.execute(OperationCatalog.UPDATE_PIPELINE_GROUP, PathParams.of("project_id", projectId),
                Query.empty(), RequiredFields.body(OperationCatalog.UPDATE_PIPELINE_GROUP, request),
                GroupSuccess.class);
    }

    /** Deletes a group ({@code DELETE /v5/{project_id}/api/pipeline-group/delete?id=}). */
    public GroupSuccess deletePipelineGroup(String projectId, String groupId) {
        PathIds.validate(OperationCatalog.DELETE_PIPELINE_GROUP, "id", groupId);
        return transport.execute(OperationCatalog.DELETE_PIPELINE_GROUP, PathParams.of("project_id", projectId),
                Query.of("id", groupId), null, GroupSuccess.class);
    }

    /** The whole group hierarchy ({@code GET /v5/{project_id}/api/pipeline-group/tree}); leaves have null children. */
    public List<PipelineGroup> showPipelineGroupTree(String projectId) {
        return transport.execute(OperationCatalog.SHOW_PIPELINE_GROUP_TREE, PathParams.of("project_id", projectId),
                Query.empty(), null, GROUP_LIST);
    }

    /** Moves pipelines into a group, one result per pipeline ({@code POST .../pipeline-group/pipeline/move}). */
    public List<PipelineMoveResult> movePipelinesToGroup(String projectId, MovePipelinesToGroupRequest request) {
        return transport.execute(OperationCatalog.MOVE_PIPELINES_TO_GROUP, PathParams.of("project_id", projectId),
                Query.empty(), RequiredFields.body(OperationCatalog.MOVE_PIPELINES_TO_GROUP, request), MOVE_RESULTS);
    }
}
