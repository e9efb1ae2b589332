package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of getTsbotChatResult (doc B 4.8.3).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param resultId result id (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatResultRequest(
        @JsonProperty("result_id") String resultId) {

    public ChatResultRequest {
        RequiredFields.check(resultId, "result_id", "getTsbotChatResult", "ChatResultRequest");
    }
}
