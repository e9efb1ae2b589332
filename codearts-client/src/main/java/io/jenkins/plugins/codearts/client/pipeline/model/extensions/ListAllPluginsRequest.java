package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of listAllPlugins (doc A 4.9.17).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param pluginName plug-in name.
 * @param regexName name filter.
 * @param maintainer maintainer.
 * @param businessType business types: Build, Gate, Deploy, Test, Normal.
 * @param pluginAttribute attribution, e.g. custom. Sent as {@code plugin_attribution} (the SDK's and the example's
 *        name); the table's {@code plugin_attribute} is also read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListAllPluginsRequest(
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("regex_name") String regexName,
        @JsonProperty("maintainer") String maintainer,
        @JsonProperty("business_type") List<String> businessType,
        @JsonProperty("plugin_attribution") @JsonAlias({"plugin_attribute"}) String pluginAttribute) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link ListAllPluginsRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String pluginName;
        private String regexName;
        private String maintainer;
        private List<String> businessType;
        private String pluginAttribute;

        private Builder() {
        }

        public Builder pluginName(String pluginName) {
            this.pluginName = pluginName;
            return this;
        }

        public Builder regexName(String regexName) {
            this.regexName = regexName;
            return this;
        }

        public Builder maintainer(String maintainer) {
            this.maintainer = maintainer;
            return this;
        }

        public Builder businessType(List<String> businessType) {
            this.businessType = businessType;
            return this;
        }

        public Builder pluginAttribute(String pluginAttribute) {
            this.pluginAttribute = pluginAttribute;
            return this;
        }

        public ListAllPluginsRequest build() {
            return new ListAllPluginsRequest(pluginName, regexName, maintainer, businessType, pluginAttribute);
        }
    }
}
