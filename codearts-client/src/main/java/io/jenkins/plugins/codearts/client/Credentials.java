package io.jenkins.plugins.codearts.client;

/** How the client authenticates: AK/SK request signing or an IAM password token. */
public sealed interface Credentials permits AkSkCredentials, PasswordCredentials {
}
