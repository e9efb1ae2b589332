package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;

/**
 * Checks the mandatory fields of request models when they are built, so a missing value fails before any HTTP call
 * with a message that names the operation, the field, the value and the fix.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    /**
     * Fails when a mandatory request field is null, or blank for strings.
     *
     * @param value the value given
     * @param wireName the field's JSON name as the API document spells it
     * @param operation the operation(s) the request belongs to
     * @param requestType the simple name of the request record, used to point at its builder
     * @throws CodeArtsInvalidArgumentException when the value is missing
     */
    public static void check(Object value, String wireName, String operation, String requestType) {
        boolean blank = value instanceof CharSequence text && text.toString().isBlank();
        if (value == null || blank) {
            throw new CodeArtsInvalidArgumentException(operation, wireName, value == null ? null : "\"" + value + "\"",
                    (value == null ? "is missing" : "is blank")
                            + " but the API document marks it as mandatory; set it on "
                            + requestType + " (builder or constructor)");
        }
    }

    /**
     * Fails when a mandatory argument of a typed call (a request body, a list of ids, an upload) is null.
     *
     * @param operation the call
     * @param value the argument
     * @param name what the argument is, e.g. {@code request body}
     * @param fix how to supply it
     * @return the value, for use inline
     * @throws CodeArtsInvalidArgumentException when the value is null
     */
    public static <T> T argument(Operation operation, T value, String name, String fix) {
        if (value == null) {
            throw new CodeArtsInvalidArgumentException(operation.name(), name, null, "is missing; " + fix);
        }
        return value;
    }

    /** {@link #argument} for the JSON body of a call. */
    public static <T> T body(Operation operation, T request) {
        return argument(operation, request, "request body",
                "build one with the request record's constructor or builder()");
    }
}
