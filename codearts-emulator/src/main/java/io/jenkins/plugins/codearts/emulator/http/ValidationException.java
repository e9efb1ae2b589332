package io.jenkins.plugins.codearts.emulator.http;

/**
 * A request field is missing or wrong. The server turns it into the documented error of the route's service:
 * Pipeline {@code 400 DEVCP.00014004}, IDE Online {@code 406 IDE.00000097}, IAM {@code 400}.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param message says which field, what value was given (never a secret) and how to fix it */
    public ValidationException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
