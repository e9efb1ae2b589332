package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Author of an evaluation or star.
 *
 * @param id user id.
 * @param name user name.
 * @param domainId account id.
 * @param domainName account name.
 * @param deletedTime deletion time.
 */
public record Commentator(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("domainId") String domainId,
        @JsonProperty("domainName") String domainName,
        @JsonProperty("deletedTime") Long deletedTime) {
}
