package io.jenkins.plugins.codearts.emulator.crud;

/** A documented error the Pipeline error table answers with HTTP 200 (e.g. DEVCP.00014031 insufficient permissions). */
final class BusinessError extends CrudException {

    BusinessError(String errorCode, String message) {
        super(200, errorCode, message);
    }

    CrudReply reply() {
        return CrudReply.businessError(errorCode(), getMessage());
    }
}
