package io.jenkins.plugins.codearts.client.internal;

import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Operation;

/** Checks the ids that go into a request path before anything is sent. */
public final class PathIds {

    private static final int MAX_ID_LENGTH = 256;

    private PathIds() {
    }

    /** Checks one path id: present, not blank, a single segment, printable, and of sane length. */
    public static String validate(Operation operation, String name, String value) {
        String op = operation == null ? null : operation.name();
        if (value == null) {
            throw new CodeArtsInvalidArgumentException(op, name, null, "is missing; pass the " + name
                    + " (shown in the CodeArts console URL or returned by the list call)");
        }
        if (value.isBlank()) {
            throw new CodeArtsInvalidArgumentException(op, name, value, "must not be empty or blank; pass the "
                    + name + " (shown in the CodeArts console URL or returned by the list call)");
        }
        if (!value.equals(value.strip())) {
            throw new CodeArtsInvalidArgumentException(op, name, value,
                    "has leading or trailing whitespace; remove it (copy-paste artefact?)");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new CodeArtsInvalidArgumentException(op, name, value.substring(0, 40) + "...",
                    "is " + value.length() + " characters long; ids are at most " + MAX_ID_LENGTH);
        }
        if (value.equals(".") || value.equals("..")) {
            throw new CodeArtsInvalidArgumentException(op, name, value, "is not an id");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new CodeArtsInvalidArgumentException(op, name, printable(value),
                        "must be a single id without '/', '\\', '?', '#', spaces or control characters;"
                                + " pass only the id, not a URL or path");
            }
        }
        return value;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
