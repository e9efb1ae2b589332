package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file of an extension version.
 *
 * @param assetType asset type.
 * @param source source.
 */
public record ExtensionFile(
        @JsonProperty("asset_type") String assetType,
        @JsonProperty("source") String source) {
}
