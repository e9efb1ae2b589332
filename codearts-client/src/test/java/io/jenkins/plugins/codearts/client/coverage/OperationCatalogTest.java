package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.CloudService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client's one catalogue against the project's inventory {@code docs/reference/codearts-api-operations.tsv}:
 * every documented operation exists with the same name, method and path template, and nothing undocumented is there.
 */
class OperationCatalogTest {

    /** The inventory kept in the repository, relative to the module directory (Surefire's working directory). */
    private static final Path TSV = Path.of("..", "docs", "reference", "codearts-api-operations.tsv");

    /** Path prefixes of the Pipeline document (Doc A); everything else belongs to IDE Online (Doc B). */
    private static final Pattern PIPELINE_PATH =
            Pattern.compile("^/(v5/\\{(project|tenant)_id}|v2/\\{(domain|project)_id}|v1/\\{domain_id}|v3/\\{domain_id})/.*");

    record Row(String name, String method, String path) {
    }

    @Test
    void catalogueMatchesTheInventoryExactly() throws IOException {
        Path tsv = TSV.toAbsolutePath().normalize();
        assertThat(tsv).as("the operation inventory (run the tests from a checkout of the repository)").isRegularFile();
        List<Row> rows = readRows(tsv);
        assertThat(rows).as("rows of %s", tsv).hasSize(119);

        OperationCatalog catalog = OperationCatalog.instance();
        Map<String, Operation> byName = catalog.documented().stream()
                .collect(Collectors.toMap(Operation::name, Function.identity()));

        List<String> mismatches = new ArrayList<>();
        int matched = 0;
        for (Row row : rows) {
            Optional<Operation> found = catalog.find(row.name());
            if (found.isEmpty()) {
                mismatches.add(row.name() + ": missing from OperationCatalog");
                continue;
            }
            Operation operation = found.get();
            if (!operation.method().equals(row.method())) {
                mismatches.add(row.name() + ": method " + operation.method() + " but the inventory says " + row.method());
            } else if (!operation.pathTemplate().equals(row.path())) {
                mismatches.add(row.name() + ": path " + operation.pathTemplate() + " but the inventory says " + row.path());
            } else {
                matched++;
            }
        }
        List<String> documentedNames = rows.stream().map(Row::name).toList();
        byName.keySet().stream()
                .filter(name -> !documentedNames.contains(name))
                .sorted()
                .forEach(name -> mismatches.add(name + ": in OperationCatalog.documented() but not in the inventory"));

        System.out.println("catalogue: " + matched + "/" + rows.size());
        assertThat(mismatches).as("catalogue against %s", tsv).isEmpty();
        assertThat(catalog.documented()).hasSize(rows.size());
        assertThat(matched).isEqualTo(119);
    }

    @Test
    void everyOperationIsSentToTheServiceOfItsDocument() {
        List<String> wrong = OperationCatalog.instance().documented().stream()
                .filter(operation -> (operation.service() == CloudService.PIPELINE)
                        != PIPELINE_PATH.matcher(operation.pathTemplate()).matches())
                .map(operation -> operation + " -> " + operation.service())
                .toList();
        assertThat(wrong).isEmpty();
        assertThat(OperationCatalog.instance().documented())
                .filteredOn(operation -> operation.service() == CloudService.PIPELINE).hasSize(74);
        assertThat(OperationCatalog.instance().documented())
                .filteredOn(operation -> operation.service() == CloudService.IDE).hasSize(45);
    }

    private static List<Row> readRows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("operation\tmethod\tpath");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as("columns of '%s'", line).hasSize(3);
            return new Row(columns[0].trim(), columns[1].trim(), columns[2].trim());
        }).toList();
    }
}
