package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Filter and page of listPipelineTemplates (doc A 4.1.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param language template language.
 * @param isSystem true for system templates only.
 * @param name template name filter.
 * @param offset zero-based offset, default 0.
 * @param limit page size.
 * @param sortKey name or create_time.
 * @param sortDir asc or desc.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPipelineTemplatesRequest(
        @JsonProperty("language") String language,
        @JsonProperty("is_system") Boolean isSystem,
        @JsonProperty("name") String name,
        @JsonProperty("offset") Long offset,
        @JsonProperty("limit") Long limit,
        @JsonProperty("sort_key") String sortKey,
        @JsonProperty("sort_dir") String sortDir) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ListPipelineTemplatesRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String language;
        private Boolean isSystem;
        private String name;
        private Long offset;
        private Long limit;
        private String sortKey;
        private String sortDir;

        private Builder() {
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder isSystem(Boolean isSystem) {
            this.isSystem = isSystem;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder offset(Long offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        public Builder sortKey(String sortKey) {
            this.sortKey = sortKey;
            return this;
        }

        public Builder sortDir(String sortDir) {
            this.sortDir = sortDir;
            return this;
        }

        public ListPipelineTemplatesRequest build() {
            return new ListPipelineTemplatesRequest(language, isSystem, name, offset, limit, sortKey, sortDir);
        }
    }
}
