package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Licence part of an open-source policy.
 *
 * @param enable whether this part is enabled.
 * @param rules licence rules.
 */
public record LicensePolicy(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("rules") List<LicenseRule> rules) {
}
