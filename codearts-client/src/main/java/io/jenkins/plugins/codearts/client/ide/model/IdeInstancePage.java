package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of IDE instances (the document's PageInstancesVO).
 *
 * @param empty whether the page is empty
 * @param items instances
 * @param itemsBefore offset of this page
 * @param size page size
 * @param totalItemsCount total count
 */
public record IdeInstancePage(
        @JsonProperty("empty") Boolean empty,
        @JsonProperty("items") List<IdeInstance> items,
        @JsonProperty("items_before") Long itemsBefore,
        @JsonProperty("size") Long size,
        @JsonProperty("total_items_count") Long totalItemsCount) {
}
