package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of updateTenantOpenSourceRuleSet (doc A 4.7.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name policy name (mandatory).
 * @param parentId parent policy id.
 * @param content policy content (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTenantOpenSourceRuleSetRequest(
        @JsonProperty("name") String name,
        @JsonProperty("parent_id") String parentId,
        @JsonProperty("content") OpenSourceRuleContent content) {

    public UpdateTenantOpenSourceRuleSetRequest {
        RequiredFields.check(name, "name", "updateTenantOpenSourceRuleSet", "UpdateTenantOpenSourceRuleSetRequest");
        RequiredFields.check(content, "content", "updateTenantOpenSourceRuleSet", "UpdateTenantOpenSourceRuleSetRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link UpdateTenantOpenSourceRuleSetRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String name;
        private String parentId;
        private OpenSourceRuleContent content;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder content(OpenSourceRuleContent content) {
            this.content = content;
            return this;
        }

        public UpdateTenantOpenSourceRuleSetRequest build() {
            return new UpdateTenantOpenSourceRuleSetRequest(name, parentId, content);
        }
    }
}
