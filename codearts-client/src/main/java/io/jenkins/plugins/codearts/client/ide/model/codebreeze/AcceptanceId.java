package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createAcceptance.
 *
 * @param acceptanceId acceptance id (the example sends a string).
 */
public record AcceptanceId(
        @JsonProperty("acceptance_id") Integer acceptanceId) {
}
