package io.jenkins.plugins.codearts.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code codearts runs list}); given alone, it names them. */
abstract class CommandGroup implements Runnable {

    @ParentCommand
    CodeArtsCommand root;

    @Spec
    CommandSpec spec;

    private final String subcommands;

    /** {@code subcommands}: how the usage error lists them, e.g. "status" or "create, start or list". */
    CommandGroup(String subcommands) {
        this.subcommands = subcommands;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), spec.name() + " needs a subcommand: " + subcommands);
    }
}
