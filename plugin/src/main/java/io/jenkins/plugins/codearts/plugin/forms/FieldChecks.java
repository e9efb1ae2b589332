package io.jenkins.plugins.codearts.plugin.forms;

import hudson.AbortException;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.codearts.client.Regions;
import io.jenkins.plugins.codearts.engine.FailureMode;
import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Form checks shared by the global configuration, the steps and the build steps. No I/O, no permission logic. */
public final class FieldChecks {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern PROJECT_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private FieldChecks() {
    }

    /** A region id; {@code fallbackRegion} is the one used when the field is left empty. */
    public static FormValidation region(String value, String pipelineEndpoint, String fallbackRegion) {
        String region = Util.fixEmptyAndTrim(value);
        if (region == null) {
            return FormValidation.ok(Messages.FieldChecks_regionDefault(fallbackRegion));
        }
        if (!REGION.matcher(region).matches()) {
            return FormValidation.error(Messages.FieldChecks_badRegion(region));
        }
        if (!Regions.isKnown(region) && Util.fixEmptyAndTrim(pipelineEndpoint) == null) {
            return FormValidation.warning(Messages.FieldChecks_unknownRegion(region, String.join(", ", Regions.known())));
        }
        return FormValidation.ok();
    }

    public static FormValidation endpoint(String field, String value) {
        String url = Util.fixEmptyAndTrim(value);
        if (url == null) {
            return FormValidation.ok();
        }
        if (!isHttpUrl(url)) {
            return FormValidation.error(Messages.FieldChecks_badEndpoint(field, url));
        }
        if (url.startsWith("http://")) {
            return FormValidation.warning(Messages.FieldChecks_plainHttp(field));
        }
        return FormValidation.ok();
    }

    /** A CodeArts project id is 32 hex characters; empty is fine when a global default exists. */
    public static FormValidation projectId(String value, boolean emptyMeansDefault) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null) {
            return emptyMeansDefault ? FormValidation.ok() : FormValidation.ok();
        }
        if (id.contains("${")) {
            return FormValidation.ok();
        }
        if (!PROJECT_ID.matcher(id).matches()) {
            return FormValidation.warning(Messages.FieldChecks_oddProjectId(id));
        }
        return FormValidation.ok();
    }

    /**
     * Runs a step's or build step's own input checks. They throw {@link IllegalArgumentException} naming the field,
     * the value and the fix; that becomes an {@link AbortException}, which Jenkins prints as one line without a stack
     * trace. The checks run when the step starts, not in its constructor or setters: Pipeline's data binding wraps any
     * exception from those in one that prints its whole stack trace.
     */
    public static <T> T checkInputs(Supplier<T> checks) throws AbortException {
        try {
            return checks.get();
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** The trimmed value of a mandatory parameter; a blank one is refused with a message naming the field. */
    public static String requiredText(String field, String value) {
        String text = Util.fixEmptyAndTrim(value);
        if (text == null) {
            throw new IllegalArgumentException(Messages.FieldChecks_missing(field));
        }
        return text;
    }

    /** fail, unstable or return; anything else is refused with a message naming the field and the choices. */
    public static FailureMode failureModeOf(String value) {
        String mode = Util.fixEmptyAndTrim(value);
        if (mode == null) {
            return FailureMode.FAIL;
        }
        try {
            return FailureMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.FieldChecks_badFailureMode(mode), e);
        }
    }

    /** The trimmed value, or {@code defaultValue} when it is blank. */
    public static String textOrDefault(String value, String defaultValue) {
        String text = Util.fixEmptyAndTrim(value);
        return text == null ? defaultValue : text;
    }

    /** A wait in whole minutes, at least one. */
    public static int timeoutMinutes(int timeout) {
        if (timeout < 1) {
            throw new IllegalArgumentException(Messages.FieldChecks_badTimeout(timeout));
        }
        return timeout;
    }

    /** A count that may be 0 but not negative; a negative one is refused with a message naming the field. */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(Messages.FieldChecks_negative(field, value));
        }
        return value;
    }

    /** An optional http(s) URL, such as a repository clone URL. */
    public static FormValidation httpUrl(String field, String value) {
        String url = Util.fixEmptyAndTrim(value);
        return url == null || isHttpUrl(url) ? FormValidation.ok()
                : FormValidation.error(Messages.FieldChecks_badEndpoint(field, url));
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static FormValidation required(String field, String value) {
        return Util.fixEmptyAndTrim(value) == null ? FormValidation.error(Messages.FieldChecks_required(field))
                : FormValidation.ok();
    }

    public static FormValidation pollMillis(String field, String value, int lowest) {
        try {
            int millis = Integer.parseInt(Util.fixNull(value).trim());
            if (millis < lowest) {
                return FormValidation.error(Messages.FieldChecks_pollTooShort(field, millis, lowest));
            }
            return FormValidation.ok();
        } catch (NumberFormatException e) {
            return FormValidation.error(Messages.FieldChecks_notANumber(field, value));
        }
    }

    public static FormValidation nonNegativeInteger(String field, String value) {
        String text = Util.fixEmptyAndTrim(value);
        if (text == null) {
            return FormValidation.ok();
        }
        try {
            if (Integer.parseInt(text) < 0) {
                return FormValidation.error(Messages.FieldChecks_negative(field, text));
            }
            return FormValidation.ok();
        } catch (NumberFormatException e) {
            return FormValidation.error(Messages.FieldChecks_notANumber(field, text));
        }
    }

    public static FormValidation failureMode(String value) {
        String mode = Util.fixEmptyAndTrim(value);
        if (mode == null) {
            return FormValidation.ok();
        }
        try {
            failureModeOf(mode);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
