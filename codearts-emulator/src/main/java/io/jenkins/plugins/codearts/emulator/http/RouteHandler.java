package io.jenkins.plugins.codearts.emulator.http;

/** Answers one documented operation. Throw {@link EmulatorHttpException} or {@link ValidationException} for errors. */
@FunctionalInterface
public interface RouteHandler {
    EmulatorResponse handle(EmulatorRequest request) throws Exception;
}
