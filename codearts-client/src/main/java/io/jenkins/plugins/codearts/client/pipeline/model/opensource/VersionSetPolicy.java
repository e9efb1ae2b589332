package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Component-version part of an open-source policy.
 *
 * @param enable whether this part is enabled.
 * @param rules version rules.
 */
public record VersionSetPolicy(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("rules") List<VersionRule> rules) {
}
