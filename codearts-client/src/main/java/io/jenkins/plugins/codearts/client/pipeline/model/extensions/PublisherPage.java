package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listPublishers.
 *
 * @param offset offset.
 * @param limit page size.
 * @param total total number of publishers.
 * @param data publishers on this page.
 */
public record PublisherPage(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Long total,
        @JsonProperty("data") List<Publisher> data) {
}
