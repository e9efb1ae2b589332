package io.jenkins.plugins.codearts.engine;

import java.time.Duration;

/** Argument checks whose messages name the field, the value and the fix. */
final class ArgumentChecks {

    private ArgumentChecks() {
    }

    static String requireText(String field, String value, String expected) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is " + (value == null ? "missing" : "blank")
                    + "; set it to " + expected);
        }
        return value.trim();
    }

    static Duration requirePositive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " is " + value + "; use a positive duration such as PT5S");
        }
        return value;
    }

    static Duration requireNotNegative(String field, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(field + " is " + value + "; use zero or a positive duration such as PT30S");
        }
        return value;
    }
}
