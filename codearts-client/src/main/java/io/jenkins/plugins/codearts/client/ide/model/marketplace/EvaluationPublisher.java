package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Publisher of the evaluated extension.
 *
 * @param publisherId publisher id.
 * @param publisherName publisher name.
 */
public record EvaluationPublisher(
        @JsonProperty("publisher_id") String publisherId,
        @JsonProperty("publisher_name") String publisherName) {
}
