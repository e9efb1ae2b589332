package io.jenkins.plugins.codearts.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service answered with an error: a non-2xx status, or a 2xx body carrying {@code error_code} (many CodeArts
 * business errors come back as HTTP 200).
 */
public class CodeArtsApiException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final transient JsonNode errorBody;

    public CodeArtsApiException(String operation, String message, int httpStatus, String errorCode,
            String errorMessage, String requestId, JsonNode errorBody) {
        super(operation, message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.errorBody = errorBody;
    }

    /** The HTTP status code (200 for business errors reported in a successful response). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code error_code}, e.g. {@code DEVPIPE.0011401}, or null when the body had none. */
    public String errorCode() {
        return errorCode;
    }

    /** The {@code error_msg} as sent by the service, or null. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The gateway's request id ({@code X-Request-Id}), or null; quote it when contacting Huawei Cloud support. */
    public String requestId() {
        return requestId;
    }

    /** The parsed error body, or null when it was not JSON. Some errors carry data, e.g. a queued run's id. */
    public JsonNode errorBody() {
        return errorBody;
    }
}
