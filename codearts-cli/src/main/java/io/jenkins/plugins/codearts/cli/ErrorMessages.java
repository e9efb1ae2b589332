package io.jenkins.plugins.codearts.cli;

/** Short, actionable descriptions of exceptions that were not already phrased for the user. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    static String describe(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.net.ConnectException) {
            return "cannot connect (" + message + "); check the endpoint and that the server (or `codearts emulator`) runs";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + message + "; check the region or endpoint settings (`codearts config` shows them)";
        }
        if (root instanceof java.net.SocketTimeoutException || root instanceof java.io.InterruptedIOException) {
            return "the server did not answer in time (" + message + "); retry, or check network and proxy settings";
        }
        return root.getClass().getSimpleName() + ": " + message;
    }
}
