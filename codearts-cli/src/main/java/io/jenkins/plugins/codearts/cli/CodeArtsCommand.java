package io.jenkins.plugins.codearts.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code codearts} top-level command; it only groups the subcommands. */
@Command(name = "codearts",
        // Inherited: every subcommand gets --help and --version too.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = CodeArtsCommand.Version.class,
        description = {"Run and follow Huawei Cloud CodeArts pipelines, decide manual reviews, manage IDE Online instances,"
                + " call any API operation, and start a local emulator.",
            "Examples:",
            "  codearts demo",
            "  codearts run --pipeline-id 3f2a... --timeout 30m",
            "  codearts runs list --pipeline-id 3f2a... --status failed"},
        subcommands = {RunCommand.class, WaitCommand.class, ApproveCommand.class, StopCommand.class, RetryCommand.class,
            LogsCommand.class, RunsCommand.class, PipelinesCommand.class, IdeCommand.class, ApiCommand.class,
            AuthCommand.class, ConfigCommand.class, EmulatorCommand.class, DemoCommand.class, CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the remote run failed (or the instance failed to start)",
            "2:usage error on the command line",
            "3:timeout (--timeout elapsed)",
            "4:aborted (the run was canceled)",
            "5:other error: configuration, credentials, API error, network",
            "130:interrupted by Ctrl-C (SIGINT; 143 for SIGTERM)"},
        footerHeading = "%nConfiguration:%n",
        footer = {"Flags beat environment variables, which beat the config file (--config, $CODEARTS_CONFIG or"
                + " ~/.codearts/config.properties).", "Secrets (SK, security token, IAM password) are read only from the"
                + " environment, the config file or a prompt.", "See docs/cli.md.%n"})
public final class CodeArtsCommand implements Runnable {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    public CodeArtsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed, e.g. 'codearts demo' or 'codearts --help'");
    }

    /** Version from the jar manifest; "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CodeArtsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"codearts " + (version == null ? "development" : version),
                "Java " + System.getProperty("java.version")};
        }
    }
}
