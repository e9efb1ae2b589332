package io.jenkins.plugins.codearts.client.pipeline.model.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Validation of an input.
 *
 * @param requiredMessage message when missing.
 * @param regex pattern.
 * @param regexMessage message when the pattern does not match.
 * @param maxLength maximum length.
 * @param minLength minimum length.
 */
public record ExtensionValidation(
        @JsonProperty("required_message") String requiredMessage,
        @JsonProperty("regex") String regex,
        @JsonProperty("regex_message") String regexMessage,
        @JsonProperty("max_length") Integer maxLength,
        @JsonProperty("min_length") Integer minLength) {
}
