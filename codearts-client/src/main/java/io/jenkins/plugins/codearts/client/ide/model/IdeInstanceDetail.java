package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of {@code showIdeInstance}.
 *
 * @param instance the instance
 * @param status {@code success}
 * @param bundleUrl static resource URL
 */
public record IdeInstanceDetail(
        @JsonProperty("instance") IdeInstance instance,
        @JsonProperty("status") String status,
        @JsonProperty("bundle_url") String bundleUrl) {
}
