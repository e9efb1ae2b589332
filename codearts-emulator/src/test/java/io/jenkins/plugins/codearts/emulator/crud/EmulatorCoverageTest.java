package io.jenkins.plugins.codearts.emulator.crud;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.emulator.CodeArtsEmulator;
import io.jenkins.plugins.codearts.emulator.http.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The emulator serves every documented operation: for each row of {@code codearts-api-operations.tsv} the router has a
 * route under the operation's name with the same method and path template.
 */
class EmulatorCoverageTest {

    /** The project's inventory of both API documents, relative to the module directory where Maven runs the tests. */
    private static final Path OPERATIONS = Path.of("../docs/reference/codearts-api-operations.tsv");

    record Operation(String name, String method, String path) {
    }

    static List<Operation> documentedOperations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (String line : Files.readAllLines(OPERATIONS, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (line.isBlank() || columns[0].equals("operation")) {
                continue;
            }
            assertThat(columns).as("operation, method and path in line '%s'", line).hasSize(3);
            operations.add(new Operation(columns[0].trim(), columns[1].trim(), columns[2].trim()));
        }
        return operations;
    }

    @Test
    void everyDocumentedOperationHasARouteWithTheSameMethodAndPathTemplate() throws IOException {
        List<Operation> operations = documentedOperations();
        assertThat(operations).hasSize(119);
        List<String> missing = new ArrayList<>();
        try (CodeArtsEmulator emulator = CodeArtsEmulator.builder().port(0).manualClock().build()) {
            Map<String, Router.Route> routes = emulator.routes().stream()
                    .collect(Collectors.toMap(Router.Route::operationName, Function.identity()));
            for (Operation operation : operations) {
                Router.Route route = routes.get(operation.name());
                if (route == null) {
                    missing.add(operation.name() + " (no route)");
                } else if (!route.method().equals(operation.method()) || !route.pathTemplate().equals(operation.path())) {
                    missing.add(operation.name() + " (served as " + route.method() + " " + route.pathTemplate() + ", documented "
                            + operation.method() + " " + operation.path() + ")");
                }
            }
        }
        System.out.println("emulator routes: " + (operations.size() - missing.size()) + "/" + operations.size());
        assertThat(missing).as("operations the emulator does not serve as documented").isEmpty();
    }
}
