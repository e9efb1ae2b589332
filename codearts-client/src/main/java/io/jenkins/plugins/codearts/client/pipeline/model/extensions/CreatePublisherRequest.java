package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of createPublisher (doc A 4.9.3).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param name publisher name.
 * @param userId user id.
 * @param description description.
 * @param logoUrl logo URL.
 * @param website website.
 * @param supportUrl support URL or e-mail.
 * @param sourceUrl source URL.
 * @param enName English name.
 * @param publisherUniqueId publisher unique id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePublisherRequest(
        @JsonProperty("name") String name,
        @JsonProperty("user_id") String userId,
        @JsonProperty("description") String description,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("website") String website,
        @JsonProperty("support_url") String supportUrl,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("en_name") String enName,
        @JsonProperty("publisher_unique_id") String publisherUniqueId) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreatePublisherRequest}; only the fields that are set are sent. */
    public static final class Builder {
        private String name;
        private String userId;
        private String description;
        private String logoUrl;
        private String website;
        private String supportUrl;
        private String sourceUrl;
        private String enName;
        private String publisherUniqueId;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
            return this;
        }

        public Builder website(String website) {
            this.website = website;
            return this;
        }

        public Builder supportUrl(String supportUrl) {
            this.supportUrl = supportUrl;
            return this;
        }

        public Builder sourceUrl(String sourceUrl) {
            this.sourceUrl = sourceUrl;
            return this;
        }

        public Builder enName(String enName) {
            this.enName = enName;
            return this;
        }

        public Builder publisherUniqueId(String publisherUniqueId) {
            this.publisherUniqueId = publisherUniqueId;
            return this;
        }

        public CreatePublisherRequest build() {
            return new CreatePublisherRequest(name, userId, description, logoUrl, website, supportUrl, sourceUrl, enName, publisherUniqueId);
        }
    }
}
