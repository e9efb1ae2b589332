package io.jenkins.plugins.codearts.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the shell completion script picocli generates from the command model. */
@Command(name = "completion", description = {"Print a completion script for bash or zsh: commands, subcommands and"
    + " options complete with Tab.",
    "Examples:",
    "  source <(codearts completion bash)             # this shell only",
    "  codearts completion bash > ~/.local/share/bash-completion/completions/codearts",
    "  echo 'source <(codearts completion zsh)' >> ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "bash or zsh (the script serves both; zsh loads it through bashcompinit). Default: ${DEFAULT-VALUE}.")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new CliException(ExitCodes.USAGE, "completion " + shell + ": unsupported shell; use bash or zsh");
        }
        CommandLine top = spec.commandLine().getParent();
        String script = AutoComplete.bash("codearts", top);
        if (shell.equals("zsh")) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        root.environment().out().print(script);
        root.environment().out().flush();
        return ExitCodes.SUCCESS;
    }
}
