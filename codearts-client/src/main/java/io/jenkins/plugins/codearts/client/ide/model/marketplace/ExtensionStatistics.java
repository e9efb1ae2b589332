package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Install and star statistics.
 *
 * @param install install count.
 * @param stars average stars.
 */
public record ExtensionStatistics(
        @JsonProperty("install") Integer install,
        @JsonProperty("stars") Double stars) {
}
