package io.jenkins.plugins.codearts.emulator.crud;

/**
 * A documented error the Pipeline error table answers with HTTP 200 (e.g. DEVCP.00014031 insufficient permissions);
 * thrown like any {@link CrudException}, the module sends it with status 200.
 */
final class BusinessError extends CrudException {

    BusinessError(String errorCode, String message) {
        super(200, errorCode, message);
    }
}
