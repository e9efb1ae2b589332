package io.jenkins.plugins.codearts.client.ide.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of listStackTemplates (doc B 4.3.1).
 *
 * @param templates templates.
 * @param status success.
 */
public record StackTemplatesResponse(
        @JsonProperty("templates") List<StackTemplate> templates,
        @JsonProperty("status") String status) {
}
