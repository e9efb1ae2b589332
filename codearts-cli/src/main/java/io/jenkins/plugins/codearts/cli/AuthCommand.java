package io.jenkins.plugins.codearts.cli;

import io.jenkins.plugins.codearts.cli.config.CliSettings;
import io.jenkins.plugins.codearts.cli.config.ResolvedValue;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.CodeArtsConfig;
import io.jenkins.plugins.codearts.client.CodeArtsException;
import io.jenkins.plugins.codearts.client.CodeArtsIdentity;
import io.jenkins.plugins.codearts.client.CloudService;
import io.jenkins.plugins.codearts.client.pipeline.model.ListPipelinesRequest;
import io.jenkins.plugins.codearts.engine.HumanDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code codearts auth status}: who the credentials are, where they point, and whether CodeArts accepts them. */
@Command(name = "auth", description = "Check the credentials.", subcommands = AuthCommand.Status.class)
final class AuthCommand extends CommandGroup {

    AuthCommand() {
        super("status");
    }

    @Command(name = "status", description = {"Contact CodeArts with the configured credentials and say who you are,"
        + " the region and endpoints, and whether the credentials work (exit code 0) or not (5).",
        "Examples:", "  codearts auth status", "  codearts auth status --json"})
    static final class Status implements Callable<Integer> {

        @ParentCommand
        AuthCommand auth;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--json", description = "Print the same facts as JSON.")
        boolean json;

        @Override
        public Integer call() {
            CliEnvironment environment = auth.root.environment();
            try (Connection open = Connection.open(environment, connection)) {
                CliSettings settings = open.settings();
                CodeArtsConfig config = open.client().config();
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("credentials", who(settings));
                facts.put("region", settings.get(Setting.REGION).orElse(null));
                facts.put("pipelineEndpoint", config.endpoint(CloudService.PIPELINE));
                facts.put("ideEndpoint", config.endpoint(CloudService.IDE));
                facts.put("iamEndpoint", config.endpoint(CloudService.IAM));
                facts.put("projectId", settings.get(Setting.PROJECT_ID).orElse(null));
                long started = System.nanoTime();
                String check;
                boolean works;
                try {
                    check = verify(open, settings);
                    works = true;
                    CodeArtsIdentity identity = open.client().identity();
                    facts.put("accountId", Optional.ofNullable(identity.domainId())
                            .or(() -> settings.get(Setting.ORG_ID)).orElse(null));
                    facts.put("iamProjectId", identity.iamProjectId());
                } catch (CodeArtsException rejected) {
                    check = ErrorMessages.withoutClassNames(rejected.getMessage());
                    works = false;
                }
                String took = HumanDuration.format(Duration.ofNanos(System.nanoTime() - started));
                facts.put("works", works);
                facts.put("check", check + " (" + took + ")");
                if (json) {
                    Json.print(environment, facts);
                } else {
                    facts.forEach((key, value) -> {
                        if (!key.equals("works") && !key.equals("check")) {
                            environment.out().println(String.format("%-17s %s", key, value == null ? "(not set)" : value));
                        }
                    });
                    environment.out().println(String.format("%-17s %s", "check", (works ? "✓ " : "✗ ") + check
                            + " (" + took + ")"));
                }
                return works ? ExitCodes.SUCCESS : ExitCodes.ERROR;
            }
        }

        private static String who(CliSettings settings) {
            Optional<ResolvedValue> ak = settings.resolved(Setting.AK);
            if (ak.isPresent()) {
                return "access key " + ak.get().value() + " (from " + ak.get().source() + ")"
                        + settings.resolved(Setting.SECURITY_TOKEN).map(token -> ", temporary (security token)").orElse("");
            }
            return settings.resolved(Setting.IAM_USER).map(user -> "IAM user " + user.value() + " of account "
                    + settings.get(Setting.IAM_DOMAIN).orElse("?") + " (from " + user.source() + ")")
                    .orElse("none");
        }

        /** One cheap read that needs valid credentials: the project's first pipeline, else the IDE instance list. */
        private static String verify(Connection open, CliSettings settings) {
            Optional<String> project = settings.get(Setting.PROJECT_ID);
            if (project.isPresent()) {
                open.client().pipeline().pipelines().listPipelines(project.get(), new ListPipelinesRequest(null, null,
                        null, null, null, null, null, null, null, 0L, 1L, null, null, null, null, null));
                return "CodeArts Pipeline accepted the credentials for project " + project.get();
            }
            open.client().ide().instances().listIdeInstances(null);
            return "CodeArts IDE Online accepted the credentials (no project id set, so Pipeline was not checked)";
        }
    }
}
