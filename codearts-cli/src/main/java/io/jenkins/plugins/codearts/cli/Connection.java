package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliSettings;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.RetryEvent;
import io.jenkins.plugins.codearts.engine.HumanDuration;
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
        settings.resolved(Setting.PROXY).ifPresent(Connection::checkProxyReachable);
        AtomicReference<Consumer<String>> notices = new AtomicReference<>(environment.err()::println);
        HttpObserver observer = new HttpObserver(environment.secrets(), text -> notices.get().accept(text),
                options.debug ? line -> environment.err().println("debug: " + line) : null, ClientConfigs.READ_TIMEOUT);
        CodeArtsConfig config = ClientConfigs.from(settings, environment.prompt(),
                event -> notices.get().accept(describeRetry(event)), observer);
        // A secret typed at the prompt is known only now.
        environment.secrets().add(secretOf(config));
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

    /** How long the proxy gets to accept a connection before the command says it cannot be reached. */
    static final int PROXY_CONNECT_MILLIS = 3000;

    /**
     * An unreachable proxy would otherwise look like an unreachable CodeArts endpoint after several retries; one
     * connection attempt tells them apart.
     */
    static void checkProxyReachable(io.jenkins.plugins.codearts.cli.config.ResolvedValue proxy) {
        java.net.URI uri = java.net.URI.create(proxy.value());
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), port), PROXY_CONNECT_MILLIS);
        } catch (java.io.IOException unreachable) {
            throw CliException.config("cannot reach the proxy " + uri.getHost() + ":" + port + " (from "
                    + proxy.source() + "): " + ErrorMessages.describe(unreachable).replaceAll(
                            "; check the endpoint.*$", "") + "; check the proxy address, or unset it to connect"
                    + " directly");
        }
    }

    static String describeRetry(RetryEvent event) {
        return "retrying " + event.operation() + " in " + HumanDuration.format(event.delay()) + " (attempt "
                + event.failedAttempt() + " failed: " + ErrorMessages.withoutClassNames(event.reason()) + ")";
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
