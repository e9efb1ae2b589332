package io.jenkins.plugins.codearts.client.pipeline.model.opensource;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An enabled flag with a list of values.
 *
 * @param enable whether it is enabled.
 * @param values values, e.g. Critical, High, Medium.
 */
public record ValueSwitch(
        @JsonProperty("enable") Boolean enable,
        @JsonProperty("values") List<String> values) {
}
