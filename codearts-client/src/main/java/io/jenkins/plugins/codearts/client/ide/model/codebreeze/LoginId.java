package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createLogin.
 *
 * @param loginId login id (the example sends a string).
 */
public record LoginId(
        @JsonProperty("login_id") Integer loginId) {
}
