package io.jenkins.plugins.codearts.client;

/**
 * A non-repeatable operation (e.g. {@code runPipeline}) failed after the request may have reached the server. The
 * client did not send it again, because a second copy could start a second run; check the result (e.g. with
 * {@code listPipelineRuns}) before trying again.
 */
public class CodeArtsOutcomeUnknownException extends CodeArtsTransportException {

    private static final long serialVersionUID = 1L;

    public CodeArtsOutcomeUnknownException(String operation, String message, Throwable cause) {
        super(operation, message, true, cause);
    }
}
