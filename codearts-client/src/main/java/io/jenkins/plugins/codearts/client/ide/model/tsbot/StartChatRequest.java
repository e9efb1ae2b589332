package io.jenkins.plugins.codearts.client.ide.model.tsbot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of startTsbotChat (doc B 4.8.1).
 * <p>Null components are left out of the JSON body; mandatory ones are checked on construction.
 *
 * @param userType user type, e.g. IDE.
 * @param userId user id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartChatRequest(
        @JsonProperty("user_type") String userType,
        @JsonProperty("user_id") String userId) {
}
