package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createCodeGenerationRequest (doc B 4.7.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param language language, e.g. python (mandatory).
 * @param context context.
 * @param docstring doc string.
 * @param ideType IDE type.
 * @param ideVersion IDE version.
 * @param pluginVersion plug-in version.
 * @param signature function signature.
 * @param aboveText text before the cursor.
 * @param followingText text after the cursor.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeGenerationRequest(
        @JsonProperty("language") String language,
        @JsonProperty("context") String context,
        @JsonProperty("docstring") String docstring,
        @JsonProperty("ide_type") String ideType,
        @JsonProperty("ide_version") String ideVersion,
        @JsonProperty("plugin_version") String pluginVersion,
        @JsonProperty("signature") String signature,
        @JsonProperty("above_text") String aboveText,
        @JsonProperty("following_text") String followingText) {

    public CodeGenerationRequest {
        RequiredFields.check(language, "language", "createCodeGenerationRequest", "CodeGenerationRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CodeGenerationRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String language;
        private String context;
        private String docstring;
        private String ideType;
        private String ideVersion;
        private String pluginVersion;
        private String signature;
        private String aboveText;
        private String followingText;

        private Builder() {
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public Builder docstring(String docstring) {
            this.docstring = docstring;
            return this;
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

        public Builder signature(String signature) {
            this.signature = signature;
            return this;
        }

        public Builder aboveText(String aboveText) {
            this.aboveText = aboveText;
            return this;
        }

        public Builder followingText(String followingText) {
            this.followingText = followingText;
            return this;
        }

        public CodeGenerationRequest build() {
            return new CodeGenerationRequest(language, context, docstring, ideType, ideVersion, pluginVersion, signature, aboveText, followingText);
        }
    }
}
