package io.jenkins.plugins.codearts.cli.config;

import java.util.Objects;

/**
 * One setting's value and where it came from ("--region", "env CODEARTS_REGION", "file ~/.codearts/config.properties",
 * "prompt"), so error messages can point at the place to fix. {@link #toString()} masks secrets.
 */
public record ResolvedValue(Setting setting, String value, String source) {

    public ResolvedValue {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** The value as it may be shown: secrets become "****". */
    public String display() {
        return setting.secret() ? "****" : value;
    }

    @Override
    public String toString() {
        return setting.fileKey() + "=" + display() + " (from " + source + ")";
    }
}
