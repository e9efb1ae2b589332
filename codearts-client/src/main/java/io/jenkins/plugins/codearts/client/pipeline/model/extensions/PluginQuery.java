package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One plug-in version asked for by listPluginMetrics, listPluginInputs and listPluginOutputs (PluginPartQueryDTO).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param pluginName plug-in name.
 * @param displayName display name.
 * @param version version.
 * @param pluginAttribute attribution. Sent as {@code plugin_attribution} (the SDK's name); {@code plugin_attribute}
 *        is also read.
 * @param versionAttribute version attribution. Sent as {@code version_attribution} (the SDK's name);
 *        {@code version_attribute} is also read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PluginQuery(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("version") String version,
        @JsonProperty("plugin_attribution") @JsonAlias({"plugin_attribute"}) String pluginAttribute,
        @JsonProperty("version_attribution") @JsonAlias({"version_attribute"}) String versionAttribute) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PluginQuery}; only the fields that are set are sent. */
    public static final class Builder {
        private String pluginName;
        private String displayName;
        private String version;
        private String pluginAttribute;
        private String versionAttribute;

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

        public Builder pluginAttribute(String pluginAttribute) {
            this.pluginAttribute = pluginAttribute;
            return this;
        }

        public Builder versionAttribute(String versionAttribute) {
            this.versionAttribute = versionAttribute;
            return this;
        }

        public PluginQuery build() {
            return new PluginQuery(pluginName, displayName, version, pluginAttribute, versionAttribute);
        }
    }
}
