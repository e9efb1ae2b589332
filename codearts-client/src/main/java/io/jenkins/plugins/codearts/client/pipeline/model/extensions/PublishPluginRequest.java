package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of publishPlugin and bindPluginToPublisher (doc A 4.9.7, 4.9.8).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param pluginName plug-in name.
 * @param version version.
 * @param publisherUniqueId publisher unique id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishPluginRequest(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("version") String version,
        @JsonProperty("publisher_unique_id") String publisherUniqueId) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PublishPluginRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String pluginName;
        private String version;
        private String publisherUniqueId;

        private Builder() {
        }

        public Builder pluginName(String pluginName) {
            this.pluginName = pluginName;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder publisherUniqueId(String publisherUniqueId) {
            this.publisherUniqueId = publisherUniqueId;
            return this;
        }

        public PublishPluginRequest build() {
            return new PublishPluginRequest(pluginName, version, publisherUniqueId);
        }
    }
}
