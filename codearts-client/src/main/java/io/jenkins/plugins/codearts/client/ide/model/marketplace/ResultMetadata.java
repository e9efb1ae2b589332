package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Metadata of a query result.
 *
 * @param metadataType type.
 * @param metadataItems items.
 */
public record ResultMetadata(
        @JsonProperty("metadata_type") String metadataType,
        @JsonProperty("metadata_items") List<Map<String,JsonNode>> metadataItems) {
}
