package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Shows the settings as resolved and where each came from; secrets show as ****. */
@Command(name = "config", description = "Show the resolved settings and where each one came from (secrets masked).")
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        CliSettings settings = connection.resolve(environment);
        environment.out().println("config file        " + settings.configFile().map(Object::toString).orElse("(none)"));
        settings.describe().forEach(environment.out()::println);
        return ExitCodes.SUCCESS;
    }
}
