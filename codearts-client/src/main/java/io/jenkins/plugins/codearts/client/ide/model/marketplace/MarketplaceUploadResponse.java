package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of uploadMarketplacePlugin (doc B 4.6.1).
 *
 * @param error error.
 * @param result checks.
 * @param status status.
 */
public record MarketplaceUploadResponse(
        @JsonProperty("error") UploadError error,
        @JsonProperty("result") UploadCheckResult result,
        @JsonProperty("status") String status) {
}
