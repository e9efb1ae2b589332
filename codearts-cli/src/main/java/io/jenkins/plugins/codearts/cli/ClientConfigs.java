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

/** Turns the resolved CLI settings into the client's {@link CodeArtsConfig}. */
final class ClientConfigs {

    private ClientConfigs() {
    }

    static CodeArtsConfig from(CliSettings settings, SecretPrompt prompt, RetryListener retryListener) {
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
        if (retryListener != null) {
            builder.retryListener(retryListener);
        }
        try {
            return builder.build();
        } catch (CodeArtsInvalidArgumentException e) {
            // The client names its own builder fields; add where the CLI reads them from.
            throw CliException.config(e.getMessage() + " (CLI settings: region from " + settings.resolved(Setting.REGION)
                    .map(value -> value.source()).orElse("nowhere") + "; see `codearts config`)");
        }
    }
}
