package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listBasicPlugins.
 *
 * @param offset offset.
 * @param limit page size.
 * @param total total.
 * @param data plug-ins on this page.
 */
public record BasicPluginPage(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("data") List<BasicPluginSummary> data) {
}
