package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of publishPluginDraft (doc A 4.9.5).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param version version.
 * @param pluginAttribution plug-in attribution, e.g. custom.
 * @param versionAttribution version attribution.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishPluginDraftRequest(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("version") String version,
        @JsonProperty("plugin_attribution") String pluginAttribution,
        @JsonProperty("version_attribution") String versionAttribution) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PublishPluginDraftRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String pluginName;
        private String displayName;
        private String version;
        private String pluginAttribution;
        private String versionAttribution;

        private Builder() {
        }

        public Builder pluginName(String pluginName) {
            this.pluginName = pluginName;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder pluginAttribution(String pluginAttribution) {
            this.pluginAttribution = pluginAttribution;
            return this;
        }

        public Builder versionAttribution(String versionAttribution) {
            this.versionAttribution = versionAttribution;
            return this;
        }

        public PublishPluginDraftRequest build() {
            return new PublishPluginDraftRequest(pluginName, displayName, version, pluginAttribution, versionAttribution);
        }
    }
}
