package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of queryExtensions and showExtensionDetails.
 *
 * @param results result sets.
 */
public record ExtensionQueryResponse(
        @JsonProperty("results") List<ExtensionQueryResult> results) {
}
