package io.jenkins.plugins.codearts.cli;

import java.util.Map;

/**
 * Every secret the CLI has seen during one invocation, from every source: environment, config file, prompt and the
 * IAM token. The standard output and error streams mask through it, so a secret learnt late (a token fetched
 * mid-command) is still masked in everything printed afterwards.
 */
public final class Secrets {

    /** Environment variables that hold secrets, whatever the command. */
    static final String[] SECRET_VARIABLES = {"HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
        "CODEARTS_IAM_PASSWORD"};

    private volatile SecretMasker masker = SecretMasker.none();

    public synchronized void add(String... values) {
        masker = masker.with(values);
    }

    void addFromEnvironment(Map<String, String> env) {
        for (String variable : SECRET_VARIABLES) {
            add(env.get(variable));
        }
    }

    public SecretMasker masker() {
        return masker;
    }

    public String mask(String text) {
        return masker.mask(text);
    }

    @Override
    public String toString() {
        return "Secrets[" + masker + "]";
    }
}
