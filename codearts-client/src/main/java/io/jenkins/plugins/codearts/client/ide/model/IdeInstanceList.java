package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the instance list calls: {@code {"instances": {...}, "status": "success"}}.
 *
 * @param instances the page
 * @param status {@code success}
 */
public record IdeInstanceList(
        @JsonProperty("instances") IdeInstancePage instances,
        @JsonProperty("status") String status) {
}
