package io.jenkins.plugins.codearts.client.pipeline.model.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;
import java.util.List;

/**
 * Body of createRule and updateRule (doc A 4.4.5, 4.4.3).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param type rule type: Build, Gate, Deploy, Test or Normal (mandatory).
 * @param name rule name (mandatory).
 * @param layoutContent layout content (mandatory).
 * @param pluginId plug-in id.
 * @param pluginName plug-in name.
 * @param pluginVersion plug-in version.
 * @param content property groups (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleRequest(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("layout_content") String layoutContent,
        @JsonProperty("plugin_id") String pluginId,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("plugin_version") String pluginVersion,
        @JsonProperty("content") List<RuleContent> content) {

    public RuleRequest {
        RequiredFields.check(type, "type", "createRule/updateRule", "RuleRequest");
        RequiredFields.check(name, "name", "createRule/updateRule", "RuleRequest");
        RequiredFields.check(layoutContent, "layout_content", "createRule/updateRule", "RuleRequest");
        RequiredFields.check(content, "content", "createRule/updateRule", "RuleRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link RuleRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String type;
        private String name;
        private String layoutContent;
        private String pluginId;
        private String pluginName;
        private String pluginVersion;
        private List<RuleContent> content;

        private Builder() {
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder layoutContent(String layoutContent) {
            this.layoutContent = layoutContent;
            return this;
        }

        public Builder pluginId(String pluginId) {
            this.pluginId = pluginId;
            return this;
        }

        public Builder pluginName(String pluginName) {
            this.pluginName = pluginName;
            return this;
        }

        public Builder pluginVersion(String pluginVersion) {
            this.pluginVersion = pluginVersion;
            return this;
        }

        public Builder content(List<RuleContent> content) {
            this.content = content;
            return this;
        }

        public RuleRequest build() {
            return new RuleRequest(type, name, layoutContent, pluginId, pluginName, pluginVersion, content);
        }
    }
}
