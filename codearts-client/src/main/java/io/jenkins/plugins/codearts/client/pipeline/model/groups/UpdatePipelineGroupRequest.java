package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of updatePipelineGroup (doc A 4.3.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name new group name (mandatory).
 * @param id group id (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdatePipelineGroupRequest(
        @JsonProperty("name") String name,
        @JsonProperty("id") String id) {

    public UpdatePipelineGroupRequest {
        RequiredFields.check(name, "name", "updatePipelineGroup", "UpdatePipelineGroupRequest");
        RequiredFields.check(id, "id", "updatePipelineGroup", "UpdatePipelineGroupRequest");
    }
}
