package io.jenkins.plugins.codearts.client.ide.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A created instance (the document's CreateResult).
 *
 * @param id instance id
 * @param link URL that opens the IDE
 * @param arch {@code x86} or {@code arm}
 * @param privateFlag whether private
 */
public record IdeInstanceCreated(
        @JsonProperty("id") String id,
        @JsonProperty("link") String link,
        @JsonProperty("arch") String arch,
        @JsonProperty("private") Boolean privateFlag) {
}
