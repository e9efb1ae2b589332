package io.jenkins.plugins.codearts.client.ide.model.codebreeze;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of createEvent.
 *
 * @param eventId event id.
 */
public record EventId(
        @JsonProperty("event_id") Integer eventId) {
}
