package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.engine.HumanDuration;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short, actionable descriptions of exceptions that were not already phrased for the user. */
final class ErrorMessages {

    /** "java.net.BindException: ", "FollowException: " and the like at the start of a message or after "(". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:\\b[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*|\\b\\s*)");
    /** ISO-8601 durations such as PT10M or PT0.5S inside messages from other modules. */
    private static final Pattern ISO_DURATION = Pattern.compile("\\bPT(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?\\b");

    private ErrorMessages() {
    }

    static String describe(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "an unexpected failure" : root.getMessage();
        if (root instanceof java.net.BindException) {
            return "the port is already in use (" + message + ")";
        }
        if (root instanceof java.net.ConnectException) {
            return "cannot connect (" + message + "); check the endpoint and that the server (or `codearts emulator`) runs";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + message + "; check the region or endpoint settings (`codearts config` shows them)";
        }
        if (root instanceof java.net.SocketTimeoutException || root instanceof java.io.InterruptedIOException) {
            return "the server did not answer in time (" + message + "); retry, or check network and proxy settings";
        }
        return withoutClassNames(message);
    }

    /** The message with Java class names removed, nothing else changed (usage errors quote accepted formats). */
    static String stripClassNames(String message) {
        return message == null ? "" : CLASS_NAME.matcher(message).replaceAll("");
    }

    /** The message with Java class names removed and ISO-8601 durations written as people read them. */
    static String withoutClassNames(String message) {
        if (message == null) {
            return "";
        }
        String text = CLASS_NAME.matcher(message).replaceAll("");
        if (!text.contains("(request id ")) {
            // An HTML error page from a gateway has no request id to quote.
            text = text.replace(" and quote the request id if it persists", "");
        }
        Matcher iso = ISO_DURATION.matcher(text);
        StringBuilder readable = new StringBuilder();
        while (iso.find()) {
            String replacement = iso.group();
            if (iso.group().length() > 2) {
                try {
                    replacement = HumanDuration.format(Duration.parse(iso.group()));
                } catch (DateTimeParseException notADuration) {
                    // leave it as it was
                }
            }
            iso.appendReplacement(readable, Matcher.quoteReplacement(replacement));
        }
        iso.appendTail(readable);
        return readable.toString();
    }
}
