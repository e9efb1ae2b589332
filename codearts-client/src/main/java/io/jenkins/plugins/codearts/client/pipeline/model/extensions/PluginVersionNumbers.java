package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of listPluginVersionNumbers; the example is a bare array, read into data.
 *
 * @param offset offset.
 * @param limit page size.
 * @param total total.
 * @param data version numbers.
 */
public record PluginVersionNumbers(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("data") List<String> data) {
}
