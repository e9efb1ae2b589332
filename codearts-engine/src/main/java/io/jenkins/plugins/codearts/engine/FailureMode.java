package io.jenkins.plugins.codearts.engine;

import java.util.Locale;

/** What a front end does when a run does not succeed. */
public enum FailureMode {
    /** Fail the build (Jenkins: throw / FAILURE; CLI: non-zero exit). */
    FAIL,
    /** Mark the build unstable and carry on (Jenkins: UNSTABLE; CLI: a distinct exit code). */
    UNSTABLE,
    /** Just return the result; the caller inspects {@link RunResult#outcome()}. */
    RETURN;

    /** What to do with a build. */
    public enum Verdict {
        /** Nothing to do: the run succeeded, or the caller asked for the result only. */
        CONTINUE,
        /** Mark the build unstable. */
        MARK_UNSTABLE,
        /** Fail the build. */
        FAIL_BUILD
    }

    /** The decision for an outcome: SUCCESS always continues; the rest follow the mode. */
    public Verdict verdictFor(Outcome outcome) {
        if (outcome == Outcome.SUCCESS) {
            return Verdict.CONTINUE;
        }
        return switch (this) {
            case FAIL -> Verdict.FAIL_BUILD;
            case UNSTABLE -> Verdict.MARK_UNSTABLE;
            case RETURN -> Verdict.CONTINUE;
        };
    }

    /** A one-line explanation for the build log, e.g. "CodeArts run #12 FAILED (FAILURE): https://...". */
    public static String describe(RunResult result) {
        return "CodeArts run " + (result.runNumber() > 0 ? "#" + result.runNumber() : result.runId()) + " "
                + result.status() + " (" + result.outcome() + ")" + (result.url() == null ? "" : ": " + result.url());
    }

    /** Parses "fail", "UNSTABLE", "return" (any case); the error names the accepted values. */
    public static FailureMode parse(String text) {
        if (text != null) {
            for (FailureMode mode : values()) {
                if (mode.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new IllegalArgumentException("failure mode is '" + text + "'; use one of FAIL, UNSTABLE, RETURN");
    }
}
