package io.jenkins.plugins.codearts.engine;

import java.util.Locale;

/** Approve or reject a manual review. */
public enum ReviewDecision {
    /** passManualReview. */
    PASS,
    /** refuseManualReview. */
    REFUSE;

    /** Parses pass/approve/accept and refuse/reject (any case); the error lists the accepted words. */
    public static ReviewDecision parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "pass", "approve", "accept" -> PASS;
            case "refuse", "reject" -> REFUSE;
            default -> throw new IllegalArgumentException(
                    "review decision is '" + text + "'; use PASS (approve) or REFUSE (reject)");
        };
    }
}
