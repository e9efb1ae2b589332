package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of publishExtension.
 *
 * @param extensionId extension id.
 * @param firstUpload whether it is the first upload.
 */
public record ExtensionPublishResult(
        @JsonProperty("extensionId") String extensionId,
        @JsonProperty("firstUpload") Boolean firstUpload) {
}
