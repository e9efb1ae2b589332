package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A plug-in of a partner-created instance.
 *
 * @param attribute attribute
 * @param name name
 */
public record IdePlugin(
        @JsonProperty("attribute") String attribute,
        @JsonProperty("name") String name) {
}
