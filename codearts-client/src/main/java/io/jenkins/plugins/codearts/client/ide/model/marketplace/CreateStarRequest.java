package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createExtensionStar (doc B 4.6.4).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param extensionId extension id (mandatory).
 * @param comment comment.
 * @param stars stars, e.g. 5 (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateStarRequest(
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("comment") String comment,
        @JsonProperty("stars") Integer stars) {

    public CreateStarRequest {
        RequiredFields.check(extensionId, "extension_id", "createExtensionStar", "CreateStarRequest");
        RequiredFields.check(stars, "stars", "createExtensionStar", "CreateStarRequest");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreateStarRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String extensionId;
        private String comment;
        private Integer stars;

        private Builder() {
        }

        public Builder extensionId(String extensionId) {
            this.extensionId = extensionId;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder stars(Integer stars) {
            this.stars = stars;
            return this;
        }

        public CreateStarRequest build() {
            return new CreateStarRequest(extensionId, comment, stars);
        }
    }
}
