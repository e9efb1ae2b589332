package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listSelectablePluginsPaged.
 *
 * @param offset offset.
 * @param limit page size.
 * @param total total.
 * @param data plug-in groups on this page.
 */
public record SelectablePluginPage(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("data") List<PluginGroup> data) {
}
