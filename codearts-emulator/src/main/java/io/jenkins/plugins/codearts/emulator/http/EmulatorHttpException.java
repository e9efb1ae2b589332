package io.jenkins.plugins.codearts.emulator.http;

import java.util.Objects;

/**
 * Thrown by handlers and validation helpers to answer with a ready-made response (usually a documented error body).
 * The server catches it and sends {@link #response()}.
 */
public class EmulatorHttpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EmulatorResponse response;

    public EmulatorHttpException(EmulatorResponse response, String message) {
        super(message, null, false, false);
        this.response = Objects.requireNonNull(response, "response");
    }

    public static EmulatorHttpException of(int httpStatus, String errorCode, String errorMsg) {
        return new EmulatorHttpException(EmulatorResponse.error(httpStatus, errorCode, errorMsg), errorCode + ": " + errorMsg);
    }

    public EmulatorResponse response() {
        return response;
    }
}
