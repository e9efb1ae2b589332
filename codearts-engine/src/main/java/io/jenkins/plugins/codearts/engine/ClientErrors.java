package io.jenkins.plugins.codearts.engine;

import io.jenkins.plugins.codearts.client.CodeArtsApiException;
import io.jenkins.plugins.codearts.client.CodeArtsAuthenticationException;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.CodeArtsNotFoundException;
import io.jenkins.plugins.codearts.client.CodeArtsPermissionException;
import io.jenkins.plugins.codearts.client.CodeArtsThrottledException;
import java.time.Duration;

/**
 * What a CodeArts client error means to a follow or an IDE wait: permanent or not, authentication, not found, the
 * server's Retry-After, and the text that describes it.
 */
final class ClientErrors {

    private ClientErrors() {
    }

    /** 401, 403, 404 and bad input will not get better by asking again. */
    static boolean isPermanent(Throwable error) {
        if (error instanceof CodeArtsAuthenticationException || error instanceof CodeArtsPermissionException
                || error instanceof CodeArtsNotFoundException || error instanceof CodeArtsInvalidArgumentException) {
            return true;
        }
        if (error instanceof CodeArtsApiException api) {
            int status = api.httpStatus();
            return status == 400 || status == 401 || status == 403 || status == 404;
        }
        return false;
    }

    /** 401 and 403: the credentials or permissions are wrong; nothing else will work either. */
    static boolean isAuthentication(Throwable error) {
        if (error instanceof CodeArtsAuthenticationException || error instanceof CodeArtsPermissionException) {
            return true;
        }
        return error instanceof CodeArtsApiException api && (api.httpStatus() == 401 || api.httpStatus() == 403);
    }

    /** 404, or a not-found business code (such as DEVCP.00012002 sent with HTTP 200). */
    static boolean isNotFound(Throwable error) {
        return error instanceof CodeArtsNotFoundException
                || error instanceof CodeArtsApiException api && api.httpStatus() == 404;
    }

    static boolean isClientError(Throwable error) {
        return error instanceof io.jenkins.plugins.codearts.client.CodeArtsException;
    }

    static Duration retryAfter(Throwable error) {
        return error instanceof CodeArtsThrottledException throttled ? throttled.retryAfter().orElse(null) : null;
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
