package io.jenkins.plugins.codearts.plugin.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.codearts.client.CodeArtsClient;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsConnector;
import io.jenkins.plugins.codearts.plugin.config.CodeArtsGlobalConfiguration;
import io.jenkins.plugins.codearts.plugin.config.ConnectionSettings;
import io.jenkins.plugins.codearts.plugin.config.ExpectedFailures;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import jenkins.util.Timer;

/** start, stop or delete an IDE instance through the engine, blocking until it got there (or not waiting). */
enum IdeAction {
    START, STOP, DELETE;

    static IdeAction parse(String text) {
        String value = Util.fixEmptyAndTrim(text);
        if (value != null) {
            for (IdeAction action : values()) {
                if (action.name().equals(value.toUpperCase(Locale.ROOT))) {
                    return action;
                }
            }
        }
        throw new IllegalArgumentException(Messages.IdeAction_bad(text));
    }

    /** The action as the step keeps it: start, stop or delete when it is one, else as given (refused when starting). */
    static String normalize(String text) {
        try {
            return parse(text).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Util.fixEmptyAndTrim(text);
        }
    }

    IdeInstanceResult perform(Run<?, ?> run, TaskListener listener, ConnectionSettings settings, String instanceId,
            boolean wait, int timeoutMinutes) throws IOException {
        StandardCredentials credentials = CodeArtsConnector.credentialsFor(run, settings.credentialsId);
        IdeWaitOptions options = (wait ? IdeWaitOptions.defaults() : IdeWaitOptions.noWait())
                .withTimeout(Duration.ofMinutes(timeoutMinutes))
                .withPollInterval(Duration.ofMillis(CodeArtsGlobalConfiguration.get().getMinPollMillis()));
        IdeListener console = new IdeListener() {
            @Override
            public void onLine(String line) {
                listener.getLogger().println(line);
            }
        };
        try (CodeArtsClient client = CodeArtsConnector.open(settings, credentials)) {
            CodeArtsEngine engine = new CodeArtsEngine(client, Timer.get());
            IdeFollow follow = switch (this) {
                case START -> engine.startIdeInstance(instanceId, options, console);
                case STOP -> engine.stopIdeInstance(instanceId, options, console);
                case DELETE -> engine.deleteIdeInstance(instanceId, options, console);
            };
            return follow.await();
        } catch (RuntimeException e) {
            throw ExpectedFailures.rethrow(e, Messages.IdeAction_target(instanceId));
        }
    }
}
