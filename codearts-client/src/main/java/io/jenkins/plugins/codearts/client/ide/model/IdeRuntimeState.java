package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Result of {@code showIdeInstanceStatus}.
 *
 * @param serverUrl server URL
 * @param status status
 */
public record IdeRuntimeState(
        @JsonProperty("server_url") String serverUrl,
        @JsonProperty("status") IdeRuntimeStatus status) {
}
