package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP 404 or a not-found error code: the project, pipeline, run or instance id does not exist. */
public class CodeArtsNotFoundException extends CodeArtsApiException {

    private static final long serialVersionUID = 1L;

    public CodeArtsNotFoundException(String operation, String message, int httpStatus, String errorCode, String errorMessage,
            String requestId, JsonNode errorBody) {
        super(operation, message, httpStatus, errorCode, errorMessage, requestId, errorBody);
    }
}
