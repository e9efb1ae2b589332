package io.jenkins.plugins.codearts.cli.config;

import io.jenkins.plugins.codearts.cli.CliException;
import io.jenkins.plugins.codearts.cli.SecretMasker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resolved connection settings, each with its source. {@link #toString()} masks secrets. */
public final class CliSettings {

    private final Map<Setting, ResolvedValue> values;
    private final Path configFile;

    CliSettings(EnumMap<Setting, ResolvedValue> values, Path configFile) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.configFile = configFile;
    }

    public Optional<ResolvedValue> resolved(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public Optional<String> get(Setting setting) {
        return resolved(setting).map(ResolvedValue::value);
    }

    /** The value, or a clear error saying what it is needed for and every way to set it. */
    public String require(Setting setting, String neededFor) {
        return get(setting).orElseThrow(() -> CliException.config(setting.fileKey() + " (" + setting.description()
                + ") is not set but is needed " + neededFor + "; set " + setting.howToSet()));
    }

    /** The config file that was read, if any. */
    public Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    /**
     * Chooses the credentials: access keys when an AK is set, else IAM user and password. A missing secret is asked
     * for on the terminal (never echoed); without a terminal the error names the variables to set.
     */
    public CliCredentials credentials(SecretPrompt prompt) {
        Optional<ResolvedValue> ak = resolved(Setting.AK);
        Optional<ResolvedValue> user = resolved(Setting.IAM_USER);
        if (ak.isPresent()) {
            String sk = get(Setting.SK).or(() -> prompt.ask("SK for AK " + ak.get().value()))
                    .orElseThrow(() -> CliException.config("AK is set (from " + ak.get().source()
                            + ") but its SK is not; set " + Setting.SK.howToSet()
                            + " (the SK is never accepted as a flag)"));
            return new CliCredentials.AccessKeys(ak.get().value(), sk, get(Setting.SECURITY_TOKEN).orElse(null));
        }
        if (user.isPresent()) {
            String domain = get(Setting.IAM_DOMAIN).orElseThrow(() -> CliException.config("IAM user is set (from "
                    + user.get().source() + ") but the account (domain) name is not; set "
                    + Setting.IAM_DOMAIN.howToSet()));
            String password = get(Setting.IAM_PASSWORD)
                    .or(() -> prompt.ask("Password for IAM user " + user.get().value()))
                    .orElseThrow(() -> CliException.config("IAM user is set (from " + user.get().source()
                            + ") but the password is not; set " + Setting.IAM_PASSWORD.howToSet()));
            return new CliCredentials.IamPassword(domain, user.get().value(), password);
        }
        if (get(Setting.SK).isPresent()) {
            throw CliException.config("an SK is set but no AK; set " + Setting.AK.howToSet());
        }
        throw CliException.config("no credentials: set an access key pair (HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK) "
                + "or an IAM user (CODEARTS_IAM_USER, CODEARTS_IAM_PASSWORD, CODEARTS_IAM_DOMAIN), in the environment"
                + " or in ~/" + ConfigResolver.DEFAULT_CONFIG_FILE);
    }

    /** The SK, security token and IAM password that are set. */
    public String[] secretValues() {
        return new String[] {get(Setting.SK).orElse(null), get(Setting.SECURITY_TOKEN).orElse(null),
            get(Setting.IAM_PASSWORD).orElse(null)};
    }

    /** Masks every secret among the settings, plus any secret typed at a prompt later. */
    public SecretMasker masker(String... more) {
        return SecretMasker.of(get(Setting.SK).orElse(null), get(Setting.SECURITY_TOKEN).orElse(null),
                get(Setting.IAM_PASSWORD).orElse(null)).with(more);
    }

    /** One line per setting that is set: key, display value (secrets masked) and source. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            ResolvedValue value = values.get(setting);
            lines.add(String.format("%-18s %s", setting.fileKey(),
                    value == null ? "(not set)" : value.display() + "   <- " + value.source()));
        }
        return lines;
    }

    @Override
    public String toString() {
        return "CliSettings" + values.values();
    }
}
