package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of createPluginVersion, createPluginDraft and updatePluginDraft (PluginBody, doc A 4.9.1, 4.9.2, 4.9.4).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param uniqueId plug-in unique id.
 * @param iconUrl icon URL.
 * @param runtimeAttributes runtime attribute, e.g. agent. Sent as {@code runtime_attribution} (the SDK's and the
 *        examples' name); the tables' {@code runtime_attributes} is also read.
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param businessType business type: Normal, Build, Gate, Deploy or Test.
 * @param businessTypeDisplayName business type display name.
 * @param description description.
 * @param isPrivate 1 for a private plug-in.
 * @param region region.
 * @param maintainers maintainers.
 * @param version version.
 * @param versionDescription version description.
 * @param executionInfo execution definition.
 * @param inputInfo inputs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PluginVersionRequest(
        @JsonProperty("unique_id") String uniqueId,
        @JsonProperty("icon_url") String iconUrl,
        @JsonProperty("runtime_attribution") @JsonAlias({"runtime_attributes"}) String runtimeAttributes,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("business_type") String businessType,
        @JsonProperty("business_type_display_name") String businessTypeDisplayName,
        @JsonProperty("description") String description,
        @JsonProperty("is_private") Integer isPrivate,
        @JsonProperty("region") String region,
        @JsonProperty("maintainers") String maintainers,
        @JsonProperty("version") String version,
        @JsonProperty("version_description") String versionDescription,
        @JsonProperty("execution_info") PluginExecutionInfo executionInfo,
        @JsonProperty("input_info") List<PluginInputInfo> inputInfo) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PluginVersionRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String uniqueId;
        private String iconUrl;
        private String runtimeAttributes;
        private String pluginName;
        private String displayName;
        private String businessType;
        private String businessTypeDisplayName;
        private String description;
        private Integer isPrivate;
        private String region;
        private String maintainers;
        private String version;
        private String versionDescription;
        private PluginExecutionInfo executionInfo;
        private List<PluginInputInfo> inputInfo;

        private Builder() {
        }

        public Builder uniqueId(String uniqueId) {
            this.uniqueId = uniqueId;
            return this;
        }

        public Builder iconUrl(String iconUrl) {
            this.iconUrl = iconUrl;
            return this;
        }

        public Builder runtimeAttributes(String runtimeAttributes) {
            this.runtimeAttributes = runtimeAttributes;
            return this;
        }

        public Builder pluginName(String pluginName) {
            this.pluginName = pluginName;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder businessType(String businessType) {
            this.businessType = businessType;
            return this;
        }

        public Builder businessTypeDisplayName(String businessTypeDisplayName) {
            this.businessTypeDisplayName = businessTypeDisplayName;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder isPrivate(Integer isPrivate) {
            this.isPrivate = isPrivate;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder maintainers(String maintainers) {
            this.maintainers = maintainers;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder versionDescription(String versionDescription) {
            this.versionDescription = versionDescription;
            return this;
        }

        public Builder executionInfo(PluginExecutionInfo executionInfo) {
            this.executionInfo = executionInfo;
            return this;
        }

        public Builder inputInfo(List<PluginInputInfo> inputInfo) {
            this.inputInfo = inputInfo;
            return this;
        }

        public PluginVersionRequest build() {
            return new PluginVersionRequest(uniqueId, iconUrl, runtimeAttributes, pluginName, displayName, businessType, businessTypeDisplayName, description, isPrivate, region, maintainers, version, versionDescription, executionInfo, inputInfo);
        }
    }
}
