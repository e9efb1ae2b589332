package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliCredentials;
import io.jenkins.plugins.codearts.cli.config.CliSettings;
import io.jenkins.plugins.codearts.cli.config.SecretPrompt;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.AkSkCredentials;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsInvalidArgumentException;
import io.jenkins.plugins.codearts.client.Credentials;
import io.jenkins.plugins.codearts.client.PasswordCredentials;
import io.jenkins.plugins.codearts.client.RetryListener;
import io.jenkins.plugins.codearts.client.okhttp.OkHttpConnector;
import java.time.Duration;

/** Turns the resolved CLI settings into the client's {@link CodeArtsConfig}. */
final class ClientConfigs {

    private ClientConfigs() {
    }

    /** The client's own defaults, repeated because a supplied HTTP client keeps its own timeouts. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    static CodeArtsConfig from(CliSettings settings, SecretPrompt prompt, RetryListener retryListener) {
        return from(settings, prompt, retryListener, null);
    }

    static CodeArtsConfig from(CliSettings settings, SecretPrompt prompt, RetryListener retryListener,
            HttpObserver observer) {
        CliCredentials chosen = settings.credentials(prompt);
        Credentials credentials;
        if (chosen instanceof CliCredentials.AccessKeys keys) {
            credentials = keys.securityToken() == null ? AkSkCredentials.of(keys.ak(), keys.sk())
                    : AkSkCredentials.of(keys.ak(), keys.sk(), keys.securityToken());
        } else {
            CliCredentials.IamPassword password = (CliCredentials.IamPassword) chosen;
            credentials = PasswordCredentials.of(password.domainName(), password.userName(), password.password());
        }
        CodeArtsConfig.Builder builder = CodeArtsConfig.builder()
                .credentials(credentials)
                .region(settings.get(Setting.REGION).orElse(null))
                .iamProjectId(settings.get(Setting.IAM_PROJECT_ID).orElse(null))
                .domainId(settings.get(Setting.ORG_ID).orElse(null))
                .pipelineEndpoint(settings.get(Setting.PIPELINE_ENDPOINT).orElse(null))
                .ideEndpoint(settings.get(Setting.IDE_ENDPOINT).orElse(null))
                .iamEndpoint(settings.get(Setting.IAM_ENDPOINT).orElse(null))
                .proxy(settings.get(Setting.PROXY).orElse(null));
        if (observer != null) {
            builder.httpConnector(OkHttpConnector.of(
                    HttpObserver.httpClient(observer, CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT)));
        }
        if (retryListener != null) {
            builder.retryListener(retryListener);
        }
        try {
            return builder.build();
        } catch (CodeArtsInvalidArgumentException e) {
            // The client names its own builder fields; add where the CLI reads them from.
            throw CliException.config(flagNames(e.getMessage()) + " (CLI settings: region from "
                    + settings.resolved(Setting.REGION).map(value -> value.source()).orElse("nowhere")
                    + "; see `codearts config`)");
        }
    }

    /** The client's messages name its builder fields; the CLI user knows the flags. */
    static String flagNames(String message) {
        return message.replace("pipelineEndpoint", "--pipeline-endpoint").replace("ideEndpoint", "--ide-endpoint")
                .replace("iamEndpoint", "--iam-endpoint").replace("iamProjectId", "--iam-project-id")
                .replace("domainId", "--org-id").replace("region(\"cn-north-4\")", "--region cn-north-4")
                .replace("region(...)", "--region").replace("(...)", "");
    }
}
