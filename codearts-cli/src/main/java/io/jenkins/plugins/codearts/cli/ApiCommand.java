package io.jenkins.plugins.codearts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jenkins.plugins.codearts.cli.config.Setting;
import io.jenkins.plugins.codearts.client.CodeArtsJson;
import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.Query;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Generic authenticated call to any catalogued operation, printing the JSON answer. */
@Command(name = "api",
        description = {"Call any CodeArts operation by name and print the JSON response.",
            "Path parameters project_id, org_id, domain_id and tenant_id default to the configured project and"
                + " account ids.",
            "Examples:",
            "  codearts api --list pipeline",
            "  codearts api listPipelineRuns -p pipeline_id=abc -d '{\"offset\":0,\"limit\":10}'",
            "  codearts api showIdeInstanceStatus -p instance_id=123",
            "  codearts api createPipelineGroup -d @group.json"})
final class ApiCommand implements Callable<Integer> {

    @ParentCommand
    CodeArtsCommand root;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OPERATION",
            description = "Operation name, e.g. showPipelineRunDetail (see --list).")
    String operationName;

    @Option(names = {"-p", "--path"}, paramLabel = "NAME=VALUE", description = "Path parameter, e.g. -p pipeline_id=abc.")
    Map<String, String> pathParams = new LinkedHashMap<>();

    @Option(names = {"-q", "--query"}, paramLabel = "NAME=VALUE", description = "Query parameter (repeatable).")
    List<String> queryParams = new ArrayList<>();

    @Option(names = {"-d", "--body"}, paramLabel = "JSON|@FILE|-",
            description = "Request body: inline JSON, @file to read a file, or - to read standard input.")
    String body;

    @Option(names = "--list", description = "List the operations (optionally only those whose name or path contains OPERATION).")
    boolean list;

    @Option(names = "--compact", description = "Print the JSON on one line instead of indented.")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        CliEnvironment environment = root.environment();
        if (list) {
            listOperations(environment);
            return ExitCodes.SUCCESS;
        }
        if (operationName == null) {
            throw new CliException(ExitCodes.USAGE, "api: give an OPERATION name, e.g. showPipelineRunDetail;"
                    + " `codearts api --list` shows them all");
        }
        Operation operation = OperationCatalog.instance().find(operationName)
                .orElseThrow(() -> new CliException(ExitCodes.USAGE, "api: unknown operation '" + operationName
                        + "'; " + suggestions(operationName)));
        String requestBody = readBody(environment);
        try (Connection open = Connection.open(environment, connection)) {
            Map<String, String> resolvedPath = resolvePathParams(operation, open);
            JsonNode answer = open.client().call(operation, resolvedPath, buildQuery(), requestBody);
            ObjectWriter writer = compact ? CodeArtsJson.mapper().writer()
                    : CodeArtsJson.mapper().writerWithDefaultPrettyPrinter();
            environment.out().println(answer == null || answer.isMissingNode() ? "{}" : writer.writeValueAsString(answer));
            return ExitCodes.SUCCESS;
        }
    }

    private void listOperations(CliEnvironment environment) {
        String filter = operationName == null ? "" : operationName.toLowerCase(Locale.ROOT);
        for (Operation operation : OperationCatalog.instance().all()) {
            String line = String.format("%-42s %-6s %-8s %s", operation.name(), operation.method(),
                    operation.service(), operation.pathTemplate());
            if (line.toLowerCase(Locale.ROOT).contains(filter)) {
                environment.out().println(line);
            }
        }
    }

    private static String suggestions(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> close = OperationCatalog.instance().all().stream().map(Operation::name)
                .filter(known -> known.toLowerCase(Locale.ROOT).contains(lower)
                        || lower.contains(known.toLowerCase(Locale.ROOT))
                        || known.equalsIgnoreCase(name))
                .limit(5).toList();
        return close.isEmpty() ? "`codearts api --list` shows the known operations"
                : "did you mean " + String.join(", ", close) + "?";
    }

    /** Fills project and account ids from the settings; names every path parameter still missing. */
    private Map<String, String> resolvePathParams(Operation operation, Connection open) {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : operation.pathParameterNames()) {
            Optional<String> value = Optional.ofNullable(pathParams.get(name)).or(() -> defaultFor(name, open));
            if (value.isPresent()) {
                resolved.put(name, value.get());
            } else {
                missing.add(name);
            }
        }
        for (String given : pathParams.keySet()) {
            if (!operation.pathParameterNames().contains(given)) {
                throw new CliException(ExitCodes.USAGE, "api: " + operation.name() + " has no path parameter '" + given
                        + "'; its path is " + operation.pathTemplate() + " (query parameters go in -q)");
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "api: " + operation.name() + " needs path parameter(s) " + missing
                    + " for " + operation.pathTemplate() + "; add -p " + missing.get(0) + "=...");
        }
        return resolved;
    }

    private static Optional<String> defaultFor(String pathParameter, Connection open) {
        return switch (pathParameter) {
            case "project_id" -> open.settings().get(Setting.PROJECT_ID);
            case "org_id", "domain_id", "tenant_id" -> open.settings().get(Setting.ORG_ID)
                    .or(() -> Optional.ofNullable(open.client().identity().domainId()));
            default -> Optional.empty();
        };
    }

    private Query buildQuery() {
        Query.Builder query = Query.builder();
        for (String pair : queryParams) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new CliException(ExitCodes.USAGE, "api: query parameter '" + pair
                        + "' is not NAME=VALUE; write e.g. -q page_size=10");
            }
            query.add(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return query.build();
    }

    private String readBody(CliEnvironment environment) throws IOException {
        if (body == null) {
            return null;
        }
        String text;
        if (body.equals("-")) {
            text = new String(environment.in().readAllBytes(), StandardCharsets.UTF_8);
        } else if (body.startsWith("@")) {
            Path file = Path.of(body.substring(1));
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCodes.USAGE, "api: --body " + body + ": no such file; give @path/to/body.json");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } else {
            text = body;
        }
        try {
            CodeArtsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            String where = body.startsWith("@") ? body.substring(1) : body.equals("-") ? "standard input" : "--body";
            throw new CliException(ExitCodes.USAGE, "api: the request body from " + where + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage() + ")");
        }
        return text;
    }
}
