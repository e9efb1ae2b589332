package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of listSelectablePluginsPaged (doc A 4.9.16).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param useCondition use condition, e.g. pipeline.
 * @param inputRepoType codehub, gitlab or github.
 * @param inputSourceType single or multi source.
 * @param businessType business type.
 * @param regexName name filter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectablePluginsRequest(
        @JsonProperty("use_condition") String useCondition,
        @JsonProperty("input_repo_type") String inputRepoType,
        @JsonProperty("input_source_type") String inputSourceType,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("regex_name") String regexName) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SelectablePluginsRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String useCondition;
        private String inputRepoType;
        private String inputSourceType;
        private String businessType;
        private String regexName;

        private Builder() {
        }

        public Builder useCondition(String useCondition) {
            this.useCondition = useCondition;
            return this;
        }

        public Builder inputRepoType(String inputRepoType) {
            this.inputRepoType = inputRepoType;
            return this;
        }

        public Builder inputSourceType(String inputSourceType) {
            this.inputSourceType = inputSourceType;
            return this;
        }

        public Builder businessType(String businessType) {
            this.businessType = businessType;
            return this;
        }

        public Builder regexName(String regexName) {
            this.regexName = regexName;
            return this;
        }

        public SelectablePluginsRequest build() {
            return new SelectablePluginsRequest(useCondition, inputRepoType, inputSourceType, businessType, regexName);
        }
    }
}
