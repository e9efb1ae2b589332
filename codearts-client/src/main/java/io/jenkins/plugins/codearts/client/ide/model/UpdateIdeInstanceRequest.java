package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code updateIdeInstance}.
 *
 * @param displayName display name, 3-100 characters (mandatory)
 * @param description description
 * @param refreshInterval auto-sleep minutes as a string, e.g. {@code "30"} (mandatory)
 */
public record UpdateIdeInstanceRequest(
        @JsonProperty("display_name") String displayName,
        @JsonProperty("description") String description,
        @JsonProperty("refresh_interval") String refreshInterval) {
}
