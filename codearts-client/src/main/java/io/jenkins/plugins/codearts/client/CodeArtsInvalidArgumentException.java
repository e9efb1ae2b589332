package io.jenkins.plugins.codearts.client;

/** A value given to the client is missing or malformed; nothing was sent. */
public class CodeArtsInvalidArgumentException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the name of the parameter or setting, e.g. {@code pipeline_id} or {@code proxy}
     * @param value   the offending value as shown to the user, or null for secrets and missing values
     * @param problem what is wrong and what to do, e.g. "must not be empty; copy the id from the pipeline URL"
     */
    public CodeArtsInvalidArgumentException(String field, String value, String problem) {
        this(null, field, value, problem);
    }

    public CodeArtsInvalidArgumentException(String operation, String field, String value, String problem) {
        super(operation, describe(operation, field, value, problem));
        this.field = field;
    }

    private static String describe(String operation, String field, String value, String problem) {
        StringBuilder message = new StringBuilder();
        if (operation != null) {
            message.append(operation).append(": ");
        }
        message.append("invalid ").append(field);
        if (value != null) {
            message.append(" '").append(value).append('\'');
        }
        return message.append(": ").append(problem).toString();
    }

    /** The parameter or setting that was wrong. */
    public String field() {
        return field;
    }
}
