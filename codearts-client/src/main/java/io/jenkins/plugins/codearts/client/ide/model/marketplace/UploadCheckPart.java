package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One part of an upload check.
 *
 * @param status status.
 * @param errors errors.
 * @param extensionVersionCompare version comparison, e.g. NULL_VERSION.
 * @param extensionBriefInfo package information.
 */
public record UploadCheckPart(
        @JsonProperty("status") String status,
        @JsonProperty("errors") List<JsonNode> errors,
        @JsonProperty("extension_version_compare") String extensionVersionCompare,
        @JsonProperty("extension_brief_info") ExtensionBriefInfo extensionBriefInfo) {
}
