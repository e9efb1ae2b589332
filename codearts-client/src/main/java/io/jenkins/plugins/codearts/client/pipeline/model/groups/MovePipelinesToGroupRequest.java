package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of movePipelinesToGroup (doc A 4.3.5).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param groupId target group id (mandatory).
 * @param pipelines pipelines to move (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MovePipelinesToGroupRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("pipelines") List<PipelineToMove> pipelines) {

    public MovePipelinesToGroupRequest {
        RequiredFields.check(groupId, "group_id", "movePipelinesToGroup", "MovePipelinesToGroupRequest");
        RequiredFields.check(pipelines, "pipelines", "movePipelinesToGroup", "MovePipelinesToGroupRequest");
    }
}
