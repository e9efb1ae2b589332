package io.jenkins.plugins.codearts.client;

/**
 * Base of every error the client throws. Unchecked: callers catch the subclass they can act on. Messages say what
 * failed and what to check, and never contain secret keys, passwords, tokens or signatures.
 */
public class CodeArtsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    public CodeArtsException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    public CodeArtsException(String operation, String message) {
        this(operation, message, null);
    }

    /** The operation name ({@code runPipeline}), or null when the error is not tied to one call. */
    public String operation() {
        return operation;
    }
}
