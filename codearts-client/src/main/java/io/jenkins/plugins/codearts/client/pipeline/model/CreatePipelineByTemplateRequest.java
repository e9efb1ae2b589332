package io.jenkins.plugins.codearts.client.pipeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code createPipelineByTemplate}.
 *
 * @param name name (mandatory)
 * @param description description
 * @param isPublish change pipeline (mandatory)
 * @param sources sources (mandatory)
 * @param variables custom parameters
 */
public record CreatePipelineByTemplateRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("is_publish") Boolean isPublish,
        @JsonProperty("sources") List<CodeSource> sources,
        @JsonProperty("variables") List<CustomVariable> variables) {
}
