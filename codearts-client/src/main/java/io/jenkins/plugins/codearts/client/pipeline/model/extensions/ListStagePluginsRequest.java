package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of listStagePlugins (doc A 4.9.14).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param useCondition pipeline or template use.
 * @param compId component id.
 * @param compName component name.
 * @param cloudId cloud id.
 * @param strategyId strategy id.
 * @param category category.
 * @param publishTab publish tab.
 * @param platform platform.
 * @param compExtendType component extension type.
 * @param deployType deployment type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListStagePluginsRequest(
        @JsonProperty("use_condition") String useCondition,
        @JsonProperty("comp_id") String compId,
        @JsonProperty("comp_name") String compName,
        @JsonProperty("cloud_id") String cloudId,
        @JsonProperty("strategy_id") String strategyId,
        @JsonProperty("category") String category,
        @JsonProperty("publish_tab") String publishTab,
        @JsonProperty("platform") String platform,
        @JsonProperty("comp_extend_type") String compExtendType,
        @JsonProperty("deploy_type") String deployType) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ListStagePluginsRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String useCondition;
        private String compId;
        private String compName;
        private String cloudId;
        private String strategyId;
        private String category;
        private String publishTab;
        private String platform;
        private String compExtendType;
        private String deployType;

        private Builder() {
        }

        public Builder useCondition(String useCondition) {
            this.useCondition = useCondition;
            return this;
        }

        public Builder compId(String compId) {
            this.compId = compId;
            return this;
        }

        public Builder compName(String compName) {
            this.compName = compName;
            return this;
        }

        public Builder cloudId(String cloudId) {
            this.cloudId = cloudId;
            return this;
        }

        public Builder strategyId(String strategyId) {
            this.strategyId = strategyId;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder publishTab(String publishTab) {
            this.publishTab = publishTab;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder compExtendType(String compExtendType) {
            this.compExtendType = compExtendType;
            return this;
        }

        public Builder deployType(String deployType) {
            this.deployType = deployType;
            return this;
        }

        public ListStagePluginsRequest build() {
            return new ListStagePluginsRequest(useCondition, compId, compName, cloudId, strategyId, category, publishTab, platform, compExtendType, deployType);
        }
    }
}
