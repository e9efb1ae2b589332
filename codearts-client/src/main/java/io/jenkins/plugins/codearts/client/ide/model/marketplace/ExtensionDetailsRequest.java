package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of showExtensionDetails (doc B 4.6.9).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param ids extension ids (one string) (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionDetailsRequest(
        @JsonProperty("ids") String ids) {

    public ExtensionDetailsRequest {
        RequiredFields.check(ids, "ids", "showExtensionDetails", "ExtensionDetailsRequest");
    }
}
