package io.jenkins.plugins.codearts.client.pipeline.model.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createPipelineGroup (doc A 4.3.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name group name (mandatory).
 * @param projectId CodeArts project id (the table says project name, the example passes the id) (mandatory).
 * @param parentId parent group id, empty for a top-level group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePipelineGroupRequest(
        @JsonProperty("name") String name,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("parent_id") String parentId) {

    public CreatePipelineGroupRequest {
        RequiredFields.check(name, "name", "createPipelineGroup", "CreatePipelineGroupRequest");
        RequiredFields.check(projectId, "project_id", "createPipelineGroup", "CreatePipelineGroupRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreatePipelineGroupRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String name;
        private String projectId;
        private String parentId;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public CreatePipelineGroupRequest build() {
            return new CreatePipelineGroupRequest(name, projectId, parentId);
        }
    }
}
