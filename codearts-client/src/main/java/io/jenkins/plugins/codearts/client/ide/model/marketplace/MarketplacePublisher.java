package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A publisher of the caller (listMyPublishers).
 *
 * @param codeRepo code repository.
 * @param createdTime creation time.
 * @param description description.
 * @param eamapInfo EA map info.
 * @param email e-mail.
 * @param espaseGroup eSpace group.
 * @param extensionCount extension count.
 * @param id id.
 * @param identifier identifier.
 * @param isOpen open-source publisher.
 * @param isOrg organisation rather than publisher.
 * @param logoUrl logo URL.
 * @param memberCount member count.
 * @param name name.
 * @param official official.
 * @param owners owners.
 * @param publisherReview publisher review.
 * @param role caller's role, e.g. Owner.
 * @param status false disabled, true normal.
 * @param suiteCount suite count.
 * @param supportUrl support URL.
 * @param systemReview skip system review.
 * @param updatedTime update time.
 * @param webUrl website.
 */
public record MarketplacePublisher(
        @JsonProperty("code_repo") String codeRepo,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("description") String description,
        @JsonProperty("eamap_info") String eamapInfo,
        @JsonProperty("email") String email,
        @JsonProperty("espase_group") String espaseGroup,
        @JsonProperty("extension_count") Long extensionCount,
        @JsonProperty("id") String id,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("is_open") Boolean isOpen,
        @JsonProperty("is_org") Boolean isOrg,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("member_count") Long memberCount,
        @JsonProperty("name") String name,
        @JsonProperty("official") Boolean official,
        @JsonProperty("owners") List<PublisherOwner> owners,
        @JsonProperty("publisher_review") Boolean publisherReview,
        @JsonProperty("role") String role,
        @JsonProperty("status") Boolean status,
        @JsonProperty("suite_count") Long suiteCount,
        @JsonProperty("support_url") String supportUrl,
        @JsonProperty("system_review") Boolean systemReview,
        @JsonProperty("updated_time") String updatedTime,
        @JsonProperty("web_url") String webUrl) {
}
