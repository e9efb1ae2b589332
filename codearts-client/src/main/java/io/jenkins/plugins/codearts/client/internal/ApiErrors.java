package io.jenkins.plugins.codearts.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.client.CodeArtsPermissionException;
import io.jenkins.plugins.codearts.client.CodeArtsServerException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import java.time.Duration;
import java.util.Set;

/**
 * Turns an error status or error body into the matching exception type, using the error-code tables of both
 * documents (many business errors arrive with HTTP 200).
 */
public final class ApiErrors {

    /** Flow control and "busy, retry later" codes: retried like HTTP 429 for retry-safe operations. */
    public static final Set<String> BUSY_CODES = Set.of(
            "APIGW.0308", "APIG.0308", // gateway flow control (HTTP 429)
            "COCT.0070003", // "Frequent access" (HTTP 500)
            "DEVPIPE.00011127", "DEVPIPE.0011127", // "System busy" (HTTP 200)
            "DEVCP.00020500", "COCT.0070500"); // "Network busy, retry later" (HTTP 500)

    static final Set<String> PERMISSION_CODES = Set.of(
            "DEVCP.00014031", "DEVPIPE.0011301", "DEVPIPE.00011301", "DEVCP.00021018", "COCT.0070009",
            "IDE.00000004", "IDE.00000005", "IDE.00000007", "IDE.00000010", "IDE.00010129", "IDE.00010001");

    static final Set<String> NOT_FOUND_CODES = Set.of(
            "DEVPIPE.0011401", "DEVPIPE.00011401", "DEVCP.00012002", "DEVCP.00021006", "IDE.00010030");

    static final Set<String> AUTHENTICATION_CODES = Set.of("APIGW.0301", "APIG.0301");

    private ApiErrors() {
    }

    public static boolean isBusy(String errorCode) {
        return in(BUSY_CODES, errorCode);
    }

    /** Set.of(...) throws on contains(null); error bodies often have no code. */
    private static boolean in(Set<String> codes, String errorCode) {
        return errorCode != null && codes.contains(errorCode);
    }

    static CodeArtsApiException classify(String operation, int status, String errorCode, String errorMessage,
            String requestId, JsonNode body, Duration retryAfter) {
        boolean busy = status == 429 || isBusy(errorCode);
        StringBuilder message = new StringBuilder(operation).append(" failed: HTTP ").append(status);
        if (errorCode != null) {
            message.append(' ').append(errorCode);
        }
        if (errorMessage != null && !errorMessage.isBlank()) {
            message.append(": ").append(errorMessage.strip());
        }
        if (requestId != null) {
            message.append(" (request id ").append(requestId).append(')');
        }
        message.append(". ");
        if (busy) {
            message.append("The service is throttling or busy; wait");
            if (retryAfter != null) {
                message.append(' ').append(retryAfter.toSeconds()).append(" s as it asked (Retry-After)");
            }
            message.append(" and try again, or make fewer calls in parallel.");
            return new CodeArtsThrottledException(operation, message.toString(), status, errorCode, errorMessage,
                    requestId, body, retryAfter);
        }
        if (status == 401 || in(AUTHENTICATION_CODES, errorCode)) {
            message.append("Check the credentials: the AK/SK pair (or IAM user name, password and account name),"
                    + " that they belong to this account, and that this machine's clock is correct"
                    + " (signatures older than 15 minutes are rejected). After 5 signature failures in a row the"
                    + " gateway locks the AK for 5 minutes.");
            return new CodeArtsAuthenticationException(operation, message.toString(), status, errorCode,
                    errorMessage, requestId, body);
        }
        if (status == 403 || in(PERMISSION_CODES, errorCode)) {
            message.append("Check that the IAM user has CodeArts permissions on this project (and that the service"
                    + " is subscribed and the account in good standing).");
            return new CodeArtsPermissionException(operation, message.toString(), status, errorCode, errorMessage,
                    requestId, body);
        }
        if (status == 404 || in(NOT_FOUND_CODES, errorCode)) {
            message.append("Check the ids in the request: the CodeArts project id (not the IAM project id), the"
                    + " pipeline, run, job or step id, or the IDE instance id, and the endpoint's region.");
            return new CodeArtsNotFoundException(operation, message.toString(), status, errorCode, errorMessage,
                    requestId, body);
        }
        if (status >= 500) {
            message.append("The service failed; try again later and quote the request id if it persists.");
            return new CodeArtsServerException(operation, message.toString(), status, errorCode, errorMessage,
                    requestId, body);
        }
        message.append("The service rejected the request; check its parameters against the error message.");
        return new CodeArtsApiException(operation, message.toString(), status, errorCode, errorMessage, requestId,
                body);
    }

    /** {@code error_code}/{@code error_msg}, or the IAM style {@code {"error":{"code","message"}}}. */
    static String[] codeAndMessage(JsonNode body) {
        if (body == null || !body.isObject()) {
            return new String[] {null, null};
        }
        String code = text(body.get("error_code"));
        String message = text(body.get("error_msg"));
        JsonNode nested = body.get("error");
        if (code == null && nested != null && nested.isObject()) {
            // IAM repeats the HTTP status as a number there; only a textual code says more.
            code = nested.path("code").isTextual() ? text(nested.get("code")) : null;
            message = message != null ? message : text(nested.get("message"));
        }
        return new String[] {code, message};
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text.strip();
    }
}
