package io.jenkins.plugins.codearts.client.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.codearts.client.Operation;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client's one catalogue against the team's inventory {@code shared/reference/codearts-api-operations.tsv}:
 * every documented operation exists with the same name, method and path template, and nothing undocumented is there.
 */
class OperationCatalogTest {

    /**
     * The inventory beside the repository: two levels up from the module directory (Surefire's working directory),
     * one level up when the test is started from the repository root (some IDEs).
     */
    private static final List<Path> TSV_CANDIDATES = List.of(
            Path.of("..", "..", "shared", "reference", "codearts-api-operations.tsv"),
            Path.of("..", "shared", "reference", "codearts-api-operations.tsv"));

    /** Path prefixes of the Pipeline document (Doc A); everything else belongs to IDE Online (Doc B). */
    private static final Pattern PIPELINE_PATH =
            Pattern.compile("^/(v5/\\{(project|tenant)_id}|v2/\\{(domain|project)_id}|v1/\\{domain_id}|v3/\\{domain_id})/.*");

    record Row(String name, String method, String path) {
    }

    @Test
    void catalogueMatchesTheInventoryExactly() throws IOException {
        Optional<Path> located = TSV_CANDIDATES.stream().map(path -> path.toAbsolutePath().normalize())
                .filter(Files::isRegularFile).findFirst();
        assumeTrue(located.isPresent(), "assumption: the reference inventory shared/reference/codearts-api-operations.tsv"
                + " is absent beside the repository (looked for " + TSV_CANDIDATES + " from "
                + Path.of("").toAbsolutePath() + "); it is present in CI, so the catalogue check is skipped here");
        Path tsv = located.get();
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
                .filter(operation -> (operation.service() == Service.PIPELINE)
                        != PIPELINE_PATH.matcher(operation.pathTemplate()).matches())
                .map(operation -> operation + " -> " + operation.service())
                .toList();
        assertThat(wrong).isEmpty();
        assertThat(OperationCatalog.instance().documented())
                .filteredOn(operation -> operation.service() == Service.PIPELINE).hasSize(74);
        assertThat(OperationCatalog.instance().documented())
                .filteredOn(operation -> operation.service() == Service.IDE).hasSize(45);
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
