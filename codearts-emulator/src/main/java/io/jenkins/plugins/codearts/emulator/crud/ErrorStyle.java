package io.jenkins.plugins.codearts.emulator.crud;

/**
 * How one family of endpoints reports bad input and unknown ids. The two documents differ: the Pipeline document
 * answers an unknown record with HTTP 200 and {@code DEVCP.00012002} in its error table (and the real service does:
 * see docs/api-notes.md, "HTTP-200 business errors"), the IDE Online document uses 406 for parameter errors and 404
 * for missing resources. The choices are listed in {@code docs/emulator-resources.md}.
 */
public enum ErrorStyle {
    /**
     * Doc A: 400 DEVCP.00014004 (invalid parameter) and the business error DEVCP.00012002 (record not found) at
     * HTTP 200, as the run chapter answers it too.
     */
    PIPELINE(400, "DEVCP.00014004", "Invalid parameter or body format: ", 200, "DEVCP.00012002"),
    /** Doc B: 406 IDE.00000097 (parameter is null or error); 404 with the same code, as no not-found code is documented. */
    IDE(406, "IDE.00000097", "parameter is null or error: ", 404, "IDE.00000097");

    private final int invalidStatus;
    private final String invalidCode;
    private final String invalidPrefix;
    private final int notFoundStatus;
    private final String notFoundCode;

    ErrorStyle(int invalidStatus, String invalidCode, String invalidPrefix, int notFoundStatus, String notFoundCode) {
        this.invalidStatus = invalidStatus;
        this.invalidCode = invalidCode;
        this.invalidPrefix = invalidPrefix;
        this.notFoundStatus = notFoundStatus;
        this.notFoundCode = notFoundCode;
    }

    /** Bad or missing input; the message must name the field, the value and the fix. */
    public CrudException invalid(String message) {
        return new CrudException(invalidStatus, invalidCode, invalidPrefix + message);
    }

    /** An id that names nothing. */
    public CrudException notFound(String what, String field, String value) {
        return new CrudException(notFoundStatus, notFoundCode,
                what + " not found: " + field + " '" + value + "' does not exist; list the " + plural(what) + " to get a valid id");
    }

    private static String plural(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
    }
}
