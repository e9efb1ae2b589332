package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jenkins.plugins.codearts.client.internal.RequiredFields;

/**
 * Body of createAcceptance (doc B 4.7.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param requestId code-generation request id (mandatory).
 * @param taskId task id (mandatory).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAcceptanceRequest(
        @JsonProperty("request_id") String requestId,
        @JsonProperty("task_id") Integer taskId) {

    public CreateAcceptanceRequest {
        RequiredFields.check(requestId, "request_id", "createAcceptance", "CreateAcceptanceRequest");
        RequiredFields.check(taskId, "task_id", "createAcceptance", "CreateAcceptanceRequest");
    }
}
