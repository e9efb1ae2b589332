package io.jenkins.plugins.codearts.cli.config;

import io.jenkins.plugins.codearts.cli.CliException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the connection settings: flags beat environment variables, which beat the config file
 * ({@code --config}, else {@code $CODEARTS_CONFIG}, else {@code ~/.codearts/config.properties} if it exists).
 * <p>
 * The per-service endpoints fall back to {@code endpoint} <em>within the same level</em>: a
 * {@code --endpoint} flag beats {@code CODEARTS_PIPELINE_ENDPOINT}, because what was typed for this command
 * is what the user means now.
 */
public final class ConfigResolver {

    public static final String CONFIG_FILE_ENV = "CODEARTS_CONFIG";
    public static final String DEFAULT_CONFIG_FILE = ".codearts/config.properties";

    private static final Pattern REGION_ID = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");

    private final Map<String, String> env;
    private final Path home;
    private final PrintStream warnings;

    public ConfigResolver(Map<String, String> env, Path home, PrintStream warnings) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.warnings = warnings;
    }

    /**
     * @param flags          values typed on the command line (secrets cannot be among them)
     * @param explicitConfig the {@code --config} file, or null
     */
    public CliSettings resolve(Map<Setting, String> flags, Path explicitConfig) {
        for (Setting setting : flags.keySet()) {
            if (setting.secret()) {
                throw new IllegalArgumentException("secret setting " + setting + " cannot come from a flag");
            }
        }
        Optional<Path> configFile = locateConfigFile(explicitConfig);
        Map<Setting, String> fileValues = configFile.map(this::readConfigFile).orElseGet(() -> new EnumMap<>(Setting.class));
        String fileSource = configFile.map(path -> "file " + path).orElse("");

        EnumMap<Setting, ResolvedValue> resolved = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            List<Setting> candidates = candidatesFor(setting);
            lookup(setting, candidates, flags, fileValues, fileSource).ifPresent(value -> resolved.put(setting, value));
        }
        resolved.values().forEach(ConfigResolver::validate);
        return new CliSettings(resolved, configFile.orElse(null));
    }

    /** The setting itself first, then the general {@code endpoint} for the per-service endpoints. */
    private static List<Setting> candidatesFor(Setting setting) {
        return switch (setting) {
            case PIPELINE_ENDPOINT, IDE_ENDPOINT, IAM_ENDPOINT -> List.of(setting, Setting.ENDPOINT);
            default -> List.of(setting);
        };
    }

    private Optional<ResolvedValue> lookup(Setting target, List<Setting> candidates, Map<Setting, String> flags,
            Map<Setting, String> fileValues, String fileSource) {
        for (Setting candidate : candidates) {
            String typed = blankToNull(flags.get(candidate));
            if (typed != null) {
                return Optional.of(new ResolvedValue(target, typed, candidate.flag().orElseThrow()));
            }
        }
        for (Setting candidate : candidates) {
            for (String variable : candidate.envVars()) {
                String fromEnv = blankToNull(env.get(variable));
                if (fromEnv != null) {
                    return Optional.of(new ResolvedValue(target, fromEnv, "env " + variable));
                }
            }
        }
        for (Setting candidate : candidates) {
            String fromFile = blankToNull(fileValues.get(candidate));
            if (fromFile != null) {
                return Optional.of(new ResolvedValue(target, fromFile, fileSource + " (" + candidate.fileKey() + ")"));
            }
        }
        return Optional.empty();
    }

    /**
     * The secret values of the config file a command would read (the --config file, $CODEARTS_CONFIG or the default
     * file), without checking anything else: they must be masked before the command line is even validated.
     */
    public static String[] secretsIn(Map<String, String> env, Path home, Path explicitConfig) {
        Path file = explicitConfig;
        if (file == null && blankToNull(env.get(CONFIG_FILE_ENV)) != null) {
            file = Path.of(env.get(CONFIG_FILE_ENV).trim());
        }
        if (file == null) {
            file = home.resolve(DEFAULT_CONFIG_FILE);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return new String[0];
        }
        return Arrays.stream(Setting.values()).filter(Setting::secret)
                .map(setting -> blankToNull(properties.getProperty(setting.fileKey())))
                .filter(java.util.Objects::nonNull).toArray(String[]::new);
    }

    private Optional<Path> locateConfigFile(Path explicitConfig) {
        if (explicitConfig != null) {
            if (!Files.isRegularFile(explicitConfig)) {
                throw CliException.config("--config " + explicitConfig + ": no such file; give the path of an "
                        + "existing properties file or leave --config out to use ~/" + DEFAULT_CONFIG_FILE);
            }
            return Optional.of(explicitConfig);
        }
        String fromEnv = blankToNull(env.get(CONFIG_FILE_ENV));
        if (fromEnv != null) {
            Path path = Path.of(fromEnv);
            if (!Files.isRegularFile(path)) {
                throw CliException.config(CONFIG_FILE_ENV + "=" + fromEnv + ": no such file; point it at an existing "
                        + "properties file or unset it");
            }
            return Optional.of(path);
        }
        Path defaultFile = home.resolve(DEFAULT_CONFIG_FILE);
        return Files.isRegularFile(defaultFile) ? Optional.of(defaultFile) : Optional.empty();
    }

    private Map<Setting, String> readConfigFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw CliException.config("config file " + file + " cannot be read as a properties file (" + e.getMessage()
                    + "); fix its syntax: one 'key=value' per line");
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Set<String> unknown = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Optional<Setting> setting = Setting.byFileKey(key.trim());
            if (setting.isPresent()) {
                values.put(setting.get(), properties.getProperty(key).trim());
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            String known = Arrays.stream(Setting.values()).map(Setting::fileKey).collect(Collectors.joining(", "));
            throw CliException.config("config file " + file + " has unknown key(s) " + unknown
                    + "; the keys are: " + known);
        }
        warnIfSecretsReadableByOthers(file, values);
        return values;
    }

    private void warnIfSecretsReadableByOthers(Path file, Map<Setting, String> values) {
        boolean holdsSecret = values.keySet().stream().anyMatch(Setting::secret);
        if (!holdsSecret) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.println("warning: " + file + " holds secrets and is readable by other users; run: chmod 600 "
                        + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): nothing to check.
        }
    }

    private static void validate(ResolvedValue resolved) {
        switch (resolved.setting()) {
            case REGION -> {
                if (!REGION_ID.matcher(resolved.value()).matches()) {
                    throw CliException.config("region '" + resolved.value() + "' (from " + resolved.source()
                            + ") is not a region id; use a lower-case id such as cn-north-4 or eu-west-101");
                }
            }
            case ENDPOINT, PIPELINE_ENDPOINT, IDE_ENDPOINT, IAM_ENDPOINT, PROXY -> requireHttpUrl(resolved);
            default -> {
                // Ids and names are checked by the server; secrets are never echoed, so nothing to check here.
            }
        }
    }

    private static void requireHttpUrl(ResolvedValue resolved) {
        String value = resolved.value();
        String problem = null;
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase())) {
                problem = "must start with https:// or http://";
            } else if (uri.getHost() == null && uri.getRawAuthority() != null
                    && uri.getRawAuthority().matches(".*:[^:@\\]]*[^0-9:@\\]][^:@\\]]*")) {
                problem = "has a port that is not a number";
            } else if (uri.getHost() == null) {
                problem = "has no host name";
            } else if (uri.getPort() > 65535) {
                problem = "has port " + uri.getPort() + ", above 65535";
            }
        } catch (URISyntaxException e) {
            problem = "is not a URL (" + e.getReason() + ")";
        }
        if (problem != null) {
            String example = resolved.setting() == Setting.PROXY
                    ? "give the proxy's URL such as http://proxy.example.com:3128 (or http://user:password@host:3128)"
                    : "give a base URL such as https://cloudpipeline-ext.cn-north-4.myhuaweicloud.com"
                            + " or http://127.0.0.1:8089 for the emulator";
            throw CliException.config(resolved.setting().fileKey() + " '" + value + "' (from " + resolved.source()
                    + ") " + problem + "; " + example);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
