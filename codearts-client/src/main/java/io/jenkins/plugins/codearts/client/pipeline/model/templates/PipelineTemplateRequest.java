package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of createPipelineTemplate and updatePipelineTemplate (doc A 4.1.2, 4.1.4).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name template name (mandatory).
 * @param description description.
 * @param language language (mandatory).
 * @param variables custom parameters (the table says one object, the example sends an array).
 * @param definition stage orchestration as a JSON string (mandatory).
 * @param isSystem whether it is a system template (mandatory).
 * @param domainId tenant id (mandatory).
 * @param isShowSource whether to show the pipeline source (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineTemplateRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("language") String language,
        @JsonProperty("variables") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<TemplateVariable> variables,
        @JsonProperty("definition") String definition,
        @JsonProperty("is_system") Boolean isSystem,
        @JsonProperty("domain_id") String domainId,
        @JsonProperty("is_show_source") Boolean isShowSource) {

    public PipelineTemplateRequest {
        RequiredFields.check(name, "name", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
        RequiredFields.check(language, "language", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
        RequiredFields.check(definition, "definition", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
        RequiredFields.check(isSystem, "is_system", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
        RequiredFields.check(domainId, "domain_id", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
        RequiredFields.check(isShowSource, "is_show_source", "createPipelineTemplate/updatePipelineTemplate", "PipelineTemplateRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PipelineTemplateRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String name;
        private String description;
        private String language;
        private List<TemplateVariable> variables;
        private String definition;
        private Boolean isSystem;
        private String domainId;
        private Boolean isShowSource;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder variables(List<TemplateVariable> variables) {
            this.variables = variables;
            return this;
        }

        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        public Builder isSystem(Boolean isSystem) {
            this.isSystem = isSystem;
            return this;
        }

        public Builder domainId(String domainId) {
            this.domainId = domainId;
            return this;
        }

        public Builder isShowSource(Boolean isShowSource) {
            this.isShowSource = isShowSource;
            return this;
        }

        public PipelineTemplateRequest build() {
            return new PipelineTemplateRequest(name, description, language, variables, definition, isSystem, domainId, isShowSource);
        }
    }
}
