package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliSettings;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.RetryEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An open client plus the settings it came from and a masker for every secret involved. Retries are reported on
 * stderr so a slow command does not look hung.
 */
final class Connection implements AutoCloseable {

    private final CliSettings settings;
    private final CodeArtsClient client;
    private final SecretMasker masker;
    /** Where retry notices go: stderr, or the progress display while it owns the terminal. */
    private final AtomicReference<Consumer<String>> notices;

    private Connection(CliSettings settings, CodeArtsClient client, SecretMasker masker,
            AtomicReference<Consumer<String>> notices) {
        this.settings = settings;
        this.client = client;
        this.masker = masker;
        this.notices = notices;
    }

    static Connection open(CliEnvironment environment, ConnectionOptions options) {
        CliSettings settings = options.resolve(environment);
        AtomicReference<Consumer<String>> notices = new AtomicReference<>(environment.err()::println);
        CodeArtsConfig config = ClientConfigs.from(settings, environment.prompt(),
                event -> notices.get().accept(describeRetry(event)));
        SecretMasker masker = settings.masker(secretOf(config));
        return new Connection(settings, CodeArtsClient.create(config), masker, notices);
    }

    /**
     * Sends retry notices to {@code sink} instead of stderr: a line written to stderr under the live display would
     * be overwritten or leave a stale status line behind.
     */
    void routeNotices(Consumer<String> sink) {
        notices.set(sink);
    }

    private static String secretOf(CodeArtsConfig config) {
        // A secret typed at the prompt is not among the settings; take it from the credentials so it is masked too.
        if (config.credentials() instanceof io.jenkins.plugins.codearts.client.AkSkCredentials keys) {
            return keys.secretKey();
        }
        if (config.credentials() instanceof io.jenkins.plugins.codearts.client.PasswordCredentials password) {
            return password.password();
        }
        return null;
    }

    static String describeRetry(RetryEvent event) {
        return "retrying " + event.operation() + " in " + Math.max(1, event.delay().toMillis() / 1000) + " s (attempt "
                + event.failedAttempt() + " failed: " + event.reason() + ")";
    }

    CliSettings settings() {
        return settings;
    }

    CodeArtsClient client() {
        return client;
    }

    SecretMasker masker() {
        return masker;
    }

    /** The CodeArts project id: the flag, variable or config key, else a clear error. */
    String projectId(String neededFor) {
        return settings.require(Setting.PROJECT_ID, neededFor);
    }

    @Override
    public void close() {
        client.close();
    }
}
