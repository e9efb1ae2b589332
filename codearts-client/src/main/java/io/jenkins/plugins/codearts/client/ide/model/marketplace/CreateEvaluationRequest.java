package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createExtensionEvaluation (doc B 4.6.2).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param extensionId extension id (mandatory).
 * @param text comment (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEvaluationRequest(
        @JsonProperty("extension_id") String extensionId,
        @JsonProperty("text") String text) {

    public CreateEvaluationRequest {
        RequiredFields.check(extensionId, "extension_id", "createExtensionEvaluation", "CreateEvaluationRequest");
        RequiredFields.check(text, "text", "createExtensionEvaluation", "CreateEvaluationRequest");
    }
}
