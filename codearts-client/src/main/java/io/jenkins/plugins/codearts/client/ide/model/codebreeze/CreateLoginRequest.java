package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createLogin (doc B 4.7.4).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param ideType IDE type (mandatory).
 * @param ideVersion IDE version (mandatory).
 * @param pluginVersion plug-in version (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateLoginRequest(
        @JsonProperty("ide_type") String ideType,
        @JsonProperty("ide_version") String ideVersion,
        @JsonProperty("plugin_version") String pluginVersion) {

    public CreateLoginRequest {
        RequiredFields.check(ideType, "ide_type", "createLogin", "CreateLoginRequest");
        RequiredFields.check(ideVersion, "ide_version", "createLogin", "CreateLoginRequest");
        RequiredFields.check(pluginVersion, "plugin_version", "createLogin", "CreateLoginRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreateLoginRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String ideType;
        private String ideVersion;
        private String pluginVersion;

        private Builder() {
        }

        public Builder ideType(String ideType) {
            this.ideType = ideType;
            return this;
        }

        public Builder ideVersion(String ideVersion) {
            this.ideVersion = ideVersion;
            return this;
        }

        public Builder pluginVersion(String pluginVersion) {
            this.pluginVersion = pluginVersion;
            return this;
        }

        public CreateLoginRequest build() {
            return new CreateLoginRequest(ideType, ideVersion, pluginVersion);
        }
    }
}
