package io.jenkins.plugins.codearts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.engine.CodeArtsEngine;
import io.jenkins.plugins.codearts.engine.IdeInstanceSpec;
import io.jenkins.plugins.codearts.engine.FollowException;
import io.jenkins.plugins.codearts.engine.IdeFollow;
import io.jenkins.plugins.codearts.engine.IdeInstanceResult;
import io.jenkins.plugins.codearts.engine.IdeListener;
import io.jenkins.plugins.codearts.engine.IdeTimeoutException;
import io.jenkins.plugins.codearts.engine.IdeWaitOptions;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstance;
import io.jenkins.plugins.codearts.client.ide.model.IdeInstancePage;
import io.jenkins.plugins.codearts.client.ide.model.ListIdeInstancesQuery;
import io.jenkins.plugins.codearts.engine.HumanDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code codearts ide create|start|stop|delete|status}: CodeArts IDE Online instances. */
@Command(name = "ide", description = "Create, start, stop, delete, list and inspect CodeArts IDE Online instances.",
        subcommands = {IdeCommand.Create.class, IdeCommand.Start.class, IdeCommand.Stop.class, IdeCommand.Delete.class,
            IdeCommand.Status.class, IdeCommand.ListInstances.class})
final class IdeCommand extends CommandGroup {

    IdeCommand() {
        super("create, start, stop, delete, status or list");
    }

    /** Waiting flags shared by the subcommands that change an instance. */
    static final class WaitFlags {
        @Option(names = "--no-wait", description = "Return right after the call instead of waiting for the new status.")
        boolean noWait;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "10m",
                description = "How long to wait for the status. Default: ${DEFAULT-VALUE}.")
        Duration timeout;

        @Option(names = {"--interval", "--poll-interval"}, paramLabel = "DURATION", converter = DurationConverter.class,
                defaultValue = "3s", description = "Time between status checks. Default: ${DEFAULT-VALUE}.")
        Duration pollInterval;

        @Option(names = "--json", description = "Print the result (instanceId, status, link, serverUrl) as JSON.")
        boolean json;

        IdeWaitOptions options() {
            return new IdeWaitOptions(!noWait, timeout, pollInterval);
        }
    }

    /** Runs one engine IDE action with progress lines, Ctrl-C handling and exit codes. */
    static int perform(CliEnvironment environment, ConnectionOptions connection, WaitFlags wait,
            BiFunction<CodeArtsEngine, Connection, IdeFollow> action) {
        if (wait.pollInterval.compareTo(FollowSession.MAX_INTERVAL) > 0) {
            throw new CliException(ExitCodes.USAGE, "--interval " + HumanDuration.format(wait.pollInterval)
                    + " is out of range; check at least every 10 min, e.g. --interval 5s");
        }
        try (Connection open = Connection.open(environment, connection)) {
            ScheduledExecutorService scheduler = FollowSession.newScheduler("codearts-ide");
            try {
                IdeFollow follow = action.apply(new CodeArtsEngine(open.client(), scheduler), open);
                try (AbortController.Registration ignored = environment.abortController()
                        .register(maxWait -> follow.cancel())) {
                    IdeInstanceResult result = follow.await();
                    if (wait.json) {
                        Map<String, Object> answer = new LinkedHashMap<>();
                        answer.put("instanceId", result.instanceId());
                        answer.put("status", result.status());
                        answer.put("link", result.link());
                        answer.put("serverUrl", result.serverUrl());
                        Json.print(environment, answer);
                    } else {
                        environment.out().println(describe(result));
                    }
                    return ExitCodes.SUCCESS;
                }
            } catch (IdeTimeoutException timeout) {
                environment.err().println("timeout: " + ErrorMessages.withoutClassNames(timeout.getMessage()));
                return ExitCodes.TIMEOUT;
            } catch (FollowException stopped) {
                if (environment.abortController().wasAborted()) {
                    environment.err().println("interrupted: " + ErrorMessages.withoutClassNames(stopped.getMessage())
                            + " (the instance is left as it is)");
                    return ExitCodes.ABORTED;
                }
                environment.err().println("failed: " + ErrorMessages.withoutClassNames(stopped.getMessage()));
                return ExitCodes.REMOTE_FAILURE;
            } finally {
                FollowSession.shutdown(scheduler);
            }
        } catch (IllegalArgumentException badInput) {
            throw new CliException(ExitCodes.USAGE, badInput.getMessage());
        }
    }

    static String describe(IdeInstanceResult result) {
        StringBuilder line = new StringBuilder("instance ").append(result.instanceId());
        line.append(result.status() == null ? " (not waited for)" : " " + result.status());
        if (result.link() != null) {
            line.append(" ").append(result.link());
        }
        if (result.serverUrl() != null) {
            line.append(" server ").append(result.serverUrl());
        }
        return line.toString();
    }

    /** Progress lines: stdout normally, stderr with --json so stdout holds only the JSON. */
    static IdeListener printer(CliEnvironment environment, WaitFlags wait) {
        return new IdeListener() {
            @Override
            public void onLine(String line) {
                (wait.json ? environment.err() : environment.out()).println(ErrorMessages.withoutClassNames(line));
            }
        };
    }

    @Command(name = "create", description = {"Create an IDE instance and wait until it is RUNNING.",
        "Example:", "  codearts ide create --name my-ide --stack-id <stack id from listStacksByTag>"})
    static final class Create implements Callable<Integer> {
        @ParentCommand
        IdeCommand ide;

        @Mixin
        ConnectionOptions connection;

        @Mixin
        WaitFlags wait;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name, 3 to 100 characters.")
        String name;

        @Option(names = "--stack-id", required = true, paramLabel = "ID", description = "Technology stack id.")
        String stackId;

        @Option(names = "--arch", paramLabel = "x86|arm", defaultValue = "x86", description = "Default: ${DEFAULT-VALUE}.")
        String arch;

        @Option(names = "--cpu-memory", paramLabel = "SPEC", defaultValue = "2U4G",
                description = "1U1G, 2U4G, 2U8G (x86) or 4U8G (arm). Default: ${DEFAULT-VALUE}.")
        String cpuMemory;

        @Option(names = "--disk", paramLabel = "SIZE", defaultValue = "5GB", description = "5GB, 10GB or 20GB. Default: ${DEFAULT-VALUE}.")
        String disk;

        @Option(names = "--description", paramLabel = "TEXT", description = "Free text shown with the instance (optional).")
        String description;

        @Override
        public Integer call() {
            CliEnvironment environment = ide.root.environment();
            return perform(environment, connection, wait, (engine, open) -> {
                String orgId = open.settings().get(Setting.ORG_ID)
                        .or(() -> Optional.ofNullable(open.client().identity().domainId()))
                        .orElseThrow(() -> CliException.config("org-id (the account's domain id, the IDE org_id) is"
                                + " not set and cannot be derived from the credentials; set " + Setting.ORG_ID.howToSet()));
                return engine.createIdeInstance(request(orgId), wait.options(), printer(environment, wait));
            });
        }

        /** The engine names its own fields (displayName, cpuMemory, ...): say which flag to fix instead. */
        private IdeInstanceSpec request(String orgId) {
            try {
                return IdeInstanceSpec.builder(orgId, name, stackId)
                        .arch(arch).cpuMemory(cpuMemory).pvcQuantity(disk).description(description).build();
            } catch (IllegalArgumentException badInput) {
                String message = badInput.getMessage()
                        .replace("displayName", "--name").replace("stackId", "--stack-id")
                        .replace("cpuMemory", "--cpu-memory").replace("pvcQuantity", "--disk")
                        .replace("arch is", "--arch is").replace("arch arm", "--arch arm")
                        .replace("orgId", "--org-id");
                throw new CliException(ExitCodes.USAGE, "ide create: " + message);
            }
        }
    }

    /** One engine call on an existing instance: start, stop or delete. */
    @FunctionalInterface
    interface InstanceCall {
        IdeFollow apply(CodeArtsEngine engine, String instanceId, IdeWaitOptions options, IdeListener listener);
    }

    /** start, stop and delete differ only in the engine call: the same flags, waiting and output. */
    abstract static class InstanceAction implements Callable<Integer> {
        private final InstanceCall engineCall;

        @ParentCommand
        IdeCommand ide;

        @Mixin
        ConnectionOptions connection;

        @Mixin
        WaitFlags wait;

        @Option(names = "--instance-id", required = true, paramLabel = "ID",
                description = "The instance (its id from `codearts ide list` or `ide create`).")
        String instanceId;

        InstanceAction(InstanceCall engineCall) {
            this.engineCall = engineCall;
        }

        @Override
        public Integer call() {
            CliEnvironment environment = ide.root.environment();
            Preflight.id("--instance-id", instanceId);
            return perform(environment, connection, wait,
                    (engine, open) -> engineCall.apply(engine, instanceId, wait.options(), printer(environment, wait)));
        }
    }

    @Command(name = "list", description = {"List your IDE Online instances: id, name, status, stack, created.",
        "Examples:", "  codearts ide list", "  codearts ide list --search demo --json"})
    static final class ListInstances implements Callable<Integer> {
        @ParentCommand
        IdeCommand ide;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only instances whose name contains TEXT.")
        String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N instances (1..100). Default: ${DEFAULT-VALUE}.")
        int limit;

        @Option(names = "--json", description = "Print the instances as JSON, as the API returns them.")
        boolean json;

        @Override
        public Integer call() {
            CliEnvironment environment = ide.root.environment();
            Tables.checkLimit(limit);
            try (Connection open = Connection.open(environment, connection)) {
                IdeInstancePage page = open.client().ide().instances().listIdeInstances(
                        new ListIdeInstancesQuery(0L, (long) limit, null, null, search, null, null));
                List<IdeInstance> found = page.items() == null ? List.of() : page.items();
                Tables.print(environment, json, found, () -> "no IDE instances"
                        + (search == null ? "" : " named like '" + search + "'"), "%-32s %-24s %-10s %-20s %s",
                        instance -> new Object[] {instance.id(), Tables.orDash(instance.displayName()),
                            instance.status() == null ? "-" : instance.status(), Tables.orDash(instance.stackId()),
                            Tables.orDash(instance.createdTime())},
                        "INSTANCE ID", "NAME", "STATUS", "STACK", "CREATED");
                return ExitCodes.SUCCESS;
            }
        }
    }

    @Command(name = "start", description = "Start a stopped instance and wait until it is RUNNING.")
    static final class Start extends InstanceAction {
        Start() {
            super(CodeArtsEngine::startIdeInstance);
        }
    }

    @Command(name = "stop", description = "Stop a running instance (its disk is kept) and wait until it is STOPPED.")
    static final class Stop extends InstanceAction {
        Stop() {
            super(CodeArtsEngine::stopIdeInstance);
        }
    }

    @Command(name = "delete", description = "Delete an instance and its disk, and wait until it is gone.")
    static final class Delete extends InstanceAction {
        Delete() {
            super(CodeArtsEngine::deleteIdeInstance);
        }
    }

    @Command(name = "status", description = "Show an instance's status (RUNNING, STOPPED, ...).")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        IdeCommand ide;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--instance-id", required = true, paramLabel = "ID",
                description = "The instance (its id from `codearts ide list` or `ide create`).")
        String instanceId;

        @Option(names = "--json", description = "Print the whole response as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CliEnvironment environment = ide.root.environment();
            Preflight.id("--instance-id", instanceId);
            try (Connection open = Connection.open(environment, connection)) {
                JsonNode answer = open.client().call("showIdeInstanceStatus", Map.of("instance_id", instanceId), null,
                        null);
                if (json) {
                    environment.out().println(CodeArtsJson.mapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsString(answer));
                } else {
                    JsonNode result = answer.path("result");
                    environment.out().println("instance " + instanceId + " " + result.path("status").asText("UNKNOWN")
                            + (result.hasNonNull("server_url") ? " server " + result.get("server_url").asText() : ""));
                }
                return ExitCodes.SUCCESS;
            }
        }
    }
}
