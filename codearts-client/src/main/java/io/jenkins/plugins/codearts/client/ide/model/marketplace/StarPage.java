package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listExtensionStars.
 *
 * @param size page size.
 * @param totalItemsCount total.
 * @param itemsBefore offset.
 * @param empty whether the page is empty.
 * @param items ratings.
 */
public record StarPage(
        @JsonProperty("size") Long size,
        @JsonProperty("total_items_count") Long totalItemsCount,
        @JsonProperty("items_before") Long itemsBefore,
        @JsonProperty("empty") Boolean empty,
        @JsonProperty("items") List<ExtensionStar> items) {
}
