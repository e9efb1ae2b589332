package io.jenkins.plugins.codearts.client;

/** The request could not be completed: connection refused, DNS failure, TLS failure, timeout, connection reset. */
public class CodeArtsTransportException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    private final boolean requestMayHaveReachedServer;

    public CodeArtsTransportException(String operation, String message, boolean requestMayHaveReachedServer,
            Throwable cause) {
        super(operation, message, cause);
        this.requestMayHaveReachedServer = requestMayHaveReachedServer;
    }

    /**
     * False when the failure happened before any byte of the request was sent (e.g. connection refused), so the
     * server cannot have acted on it.
     */
    public boolean requestMayHaveReachedServer() {
        return requestMayHaveReachedServer;
    }
}
