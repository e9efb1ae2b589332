package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A filter criterion.
 *
 * @param filterType 1 tag, 2 displayName, 3 publisherId, 4 extension id, 5 category, 7 publisher.extension, 8 target, 10 keyword, 12/13 flags, 18 publisherName, 19 publisherDisplayName, 102/103 status, 107 supportIdeInfo, 108 ids.
 * @param value value.
 */
public record FilterCriterion(
        @JsonProperty("filter_type") Integer filterType,
        @JsonProperty("value") String value) {
}
