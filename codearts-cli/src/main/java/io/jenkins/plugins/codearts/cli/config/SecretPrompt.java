package io.jenkins.plugins.codearts.cli.config;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal for a secret that no flag may carry; input is not echoed. */
@FunctionalInterface
public interface SecretPrompt {

    /** Returns the value typed, or empty when nobody can be asked (no terminal, CI) or nothing was typed. */
    Optional<String> ask(String question);

    static SecretPrompt none() {
        return question -> Optional.empty();
    }

    static SecretPrompt console() {
        return question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            char[] typed = console.readPassword("%s: ", question);
            if (typed == null || typed.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new String(typed));
        };
    }
}
