package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Response of showPublisherDetails.
 *
 * @param publisherDetailMap publishers by id.
 */
public record PublisherDetails(
        @JsonProperty("publisher_detail_map") Map<String,Publisher> publisherDetailMap) {
}
