package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP 5xx: the service failed; 502, 503 and 504 are retried for retry-safe operations. */
public class CodeArtsServerException extends CodeArtsApiException {

    private static final long serialVersionUID = 1L;

    public CodeArtsServerException(String operation, String message, int httpStatus, String errorCode, String errorMessage,
            String requestId, JsonNode errorBody) {
        super(operation, message, httpStatus, errorCode, errorMessage, requestId, errorBody);
    }
}
