package io.jenkins.plugins.codearts.plugin.steps;

import hudson.Util;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The operations codeArtsIdeInstance performs on an existing IDE instance (start, stop, delete) through the engine; the
 * waits run on the engine's scheduler. Not a Jenkins {@code Action}.
 */
enum IdeInstanceOperation {
    START, STOP, DELETE;

    static IdeInstanceOperation parse(String text) {
        String value = Util.fixEmptyAndTrim(text);
        if (value != null) {
            for (IdeInstanceOperation action : values()) {
                if (action.name().equals(value.toUpperCase(Locale.ROOT))) {
                    return action;
                }
            }
        }
        throw new IllegalArgumentException(Messages.IdeInstanceOperation_bad(text));
    }

    /** The action as the step keeps it: start, stop or delete when it is one, else as given (refused when starting). */
    static String normalize(String text) {
        try {
            return parse(text).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Util.fixEmptyAndTrim(text);
        }
    }

    static IdeWaitOptions waitOptions(boolean wait, int timeoutMinutes) {
        return (wait ? IdeWaitOptions.defaults() : IdeWaitOptions.noWait())
                .withTimeout(Duration.ofMinutes(timeoutMinutes))
                .withPollInterval(Duration.ofMillis(CodeArtsGlobalConfiguration.get().getMinPollMillis()));
    }

    /** Sends the action and, unless {@code options} say not to, waits for the instance to get there. */
    IdeFollow perform(CodeArtsEngine engine, String instanceId, IdeWaitOptions options, IdeListener listener) {
        return switch (this) {
            case START -> engine.startIdeInstance(instanceId, options, listener);
            case STOP -> engine.stopIdeInstance(instanceId, options, listener);
            case DELETE -> engine.deleteIdeInstance(instanceId, options, listener);
        };
    }

    /** Only waits, until {@code deadline}, for an action sent before a restart to get there. */
    IdeFollow await(CodeArtsEngine engine, String instanceId, IdeWaitOptions options, IdeListener listener,
            Instant deadline) {
        return switch (this) {
            case START -> engine.awaitIdeInstance(instanceId, options, listener, deadline);
            case STOP -> engine.awaitIdeInstanceStopped(instanceId, options, listener, deadline);
            case DELETE -> engine.awaitIdeInstanceDeleted(instanceId, options, listener, deadline);
        };
    }
}
