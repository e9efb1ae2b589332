package io.jenkins.plugins.codearts.client.model;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;

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
                    (value == null ? "is missing" : "is blank") + " but the API document marks it as mandatory; set it on "
                            + requestType + " (builder or constructor)");
        }
    }
}
