package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP 403 or a permission error code: the credentials are valid but lack a permission or subscription. */
public class CodeArtsPermissionException extends CodeArtsApiException {

    private static final long serialVersionUID = 1L;

    public CodeArtsPermissionException(String operation, String message, int httpStatus, String errorCode, String errorMessage,
            String requestId, JsonNode errorBody) {
        super(operation, message, httpStatus, errorCode, errorMessage, requestId, errorBody);
    }
}
