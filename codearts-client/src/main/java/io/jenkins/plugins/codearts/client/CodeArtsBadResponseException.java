package io.jenkins.plugins.codearts.client;

/**
 * The service (or something between it and the client, such as a proxy) answered with a body the client cannot
 * use: not JSON, an HTML page, truncated JSON, a field of the wrong type, or a body larger than the limit.
 */
public class CodeArtsBadResponseException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String requestId;

    public CodeArtsBadResponseException(String operation, String message, int httpStatus, String requestId,
            Throwable cause) {
        super(operation, message, cause);
        this.httpStatus = httpStatus;
        this.requestId = requestId;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The gateway's request id, or null. */
    public String requestId() {
        return requestId;
    }
}
