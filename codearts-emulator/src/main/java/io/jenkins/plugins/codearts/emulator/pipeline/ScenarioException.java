package io.jenkins.plugins.codearts.emulator.pipeline;

/** A scenario file or pipeline definition is invalid; the message says where and how to fix it. */
public class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
