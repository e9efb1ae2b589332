package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of create, update and delete template.
 *
 * @param templateId template id. Also read as {@code templatelId}.
 */
public record PipelineTemplateId(
        @JsonProperty("templateId") @JsonAlias({"templatelId"}) String templateId) {
}
