package io.jenkins.plugins.codearts.client.pipeline.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of listPipelineTemplates.
 *
 * @param offset offset of this page.
 * @param limit page size.
 * @param total total number of templates.
 * @param templates templates on this page.
 */
public record PipelineTemplatePage(
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("total") Integer total,
        @JsonProperty("templates") List<PipelineTemplateSummary> templates) {
}
