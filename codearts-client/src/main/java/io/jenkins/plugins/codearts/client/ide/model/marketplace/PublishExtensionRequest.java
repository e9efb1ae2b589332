package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of publishExtension (doc B 4.6.13).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param type task type, e.g. 10 (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishExtensionRequest(
        @JsonProperty("type") Integer type) {

    public PublishExtensionRequest {
        RequiredFields.check(type, "type", "publishExtension", "PublishExtensionRequest");
    }
}
