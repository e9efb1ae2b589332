package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A licence rule.
 *
 * @param values licence names.
 * @param predicate predicate, e.g. contain.
 */
public record LicenseRule(
        @JsonProperty("values") List<String> values,
        @JsonProperty("predicate") String predicate) {
}
