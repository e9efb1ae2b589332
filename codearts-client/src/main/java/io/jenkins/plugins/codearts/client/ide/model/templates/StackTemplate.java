package io.jenkins.plugins.codearts.client.ide.model.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A starter project of a stack.
 *
 * @param description description.
 * @param displayName display name.
 * @param logo logo.
 * @param name name.
 * @param path path.
 * @param projectType project type, e.g. maven.
 * @param region region.
 * @param source code source.
 * @param tags tags.
 * @param templateId template id.
 * @param arch architectures, e.g. x86,arm.
 */
public record StackTemplate(
        @JsonProperty("description") String description,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("logo") String logo,
        @JsonProperty("name") String name,
        @JsonProperty("path") String path,
        @JsonProperty("project_type") String projectType,
        @JsonProperty("region") String region,
        @JsonProperty("source") TemplateSource source,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("template_id") Long templateId,
        @JsonProperty("arch") String arch) {
}
