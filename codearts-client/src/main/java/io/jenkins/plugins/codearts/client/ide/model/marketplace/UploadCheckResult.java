package io.jenkins.plugins.codearts.client.ide.model.marketplace;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Check results of an upload task.
 *
 * @param security security check.
 * @param basicInformation basic information check.
 * @param file file check.
 * @param upload upload.
 */
public record UploadCheckResult(
        @JsonProperty("security") UploadCheckPart security,
        @JsonProperty("basicInformation") UploadCheckPart basicInformation,
        @JsonProperty("file") UploadCheckPart file,
        @JsonProperty("upload") UploadCheckPart upload) {
}
