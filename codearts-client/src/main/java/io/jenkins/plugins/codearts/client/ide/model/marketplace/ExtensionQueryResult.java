package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One result set of queryExtensions or showExtensionDetails.
 *
 * @param extensions extensions.
 * @param resultMetadata metadata.
 */
public record ExtensionQueryResult(
        @JsonProperty("extensions") List<MarketplaceExtension> extensions,
        @JsonProperty("result_metadata") List<ResultMetadata> resultMetadata) {
}
