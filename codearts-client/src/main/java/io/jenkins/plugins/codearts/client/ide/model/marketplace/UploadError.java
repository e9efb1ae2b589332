package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Error part of uploadMarketplacePlugin.
 *
 * @param code code.
 * @param reason reason.
 */
public record UploadError(
        @JsonProperty("code") String code,
        @JsonProperty("reason") String reason) {
}
