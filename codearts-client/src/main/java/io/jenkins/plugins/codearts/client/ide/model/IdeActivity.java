package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of {@code refreshIdeInstanceActivity}: the new auto-sleep deadline.
 *
 * @param expiration deadline, epoch milliseconds
 * @param instanceId instance id
 * @param interval auto-sleep minutes
 */
public record IdeActivity(
        @JsonProperty("expiration") Long expiration,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("interval") Long interval) {
}
