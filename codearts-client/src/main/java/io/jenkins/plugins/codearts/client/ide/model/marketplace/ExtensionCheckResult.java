package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Check result of an extension.
 *
 * @param status status.
 * @param errors errors.
 * @param extensionVersionCompare version comparison.
 */
public record ExtensionCheckResult(
        @JsonProperty("status") String status,
        @JsonProperty("errors") List<CheckError> errors,
        @JsonProperty("extension_version_compare") String extensionVersionCompare) {
}
