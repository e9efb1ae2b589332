package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stage summary of a template.
 *
 * @param name stage name.
 * @param sequence stage order.
 */
public record TemplateStage(
        @JsonProperty("name") String name,
        @JsonProperty("sequence") Integer sequence) {
}
