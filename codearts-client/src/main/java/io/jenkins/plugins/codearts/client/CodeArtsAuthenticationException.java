package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP 401, or IAM rejected the credentials: the AK/SK, token or password is wrong or expired. */
public class CodeArtsAuthenticationException extends CodeArtsApiException {

    private static final long serialVersionUID = 1L;

    public CodeArtsAuthenticationException(String operation, String message, int httpStatus, String errorCode, String errorMessage,
            String requestId, JsonNode errorBody) {
        super(operation, message, httpStatus, errorCode, errorMessage, requestId, errorBody);
    }
}
