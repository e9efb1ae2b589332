package io.jenkins.plugins.codearts.emulator.crud;

/**
 * A documented error answer: HTTP status plus the {@code {"error_msg","error_code"}} body both documents use.
 * Thrown by handlers and validation helpers; the module turns it into the response.
 */
public class CrudException extends RuntimeException {

    private final int status;
    private final String errorCode;

    public CrudException(int status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
