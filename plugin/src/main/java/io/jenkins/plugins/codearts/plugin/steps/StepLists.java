package io.jenkins.plugins.codearts.plugin.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parsing and checking of the list parameters (runtime variables, job and stage identifiers). */
public final class StepLists {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private StepLists() {
    }

    /** Non-empty trimmed lines of a text area. */
    public static List<String> lines(@CheckForNull String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\r?\n")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }

    /** Trimmed non-empty lines joined with {@code \n} (browsers send text areas with CRLF); null when empty. */
    public static @CheckForNull String normalizeLines(@CheckForNull String text) {
        List<String> lines = lines(text);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * Checks {@code NAME=value} entries; the error names the field, the entry and the expected form.
     *
     * @return an unmodifiable copy
     */
    public static List<String> variables(String field, @CheckForNull List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String entry : entries) {
            String value = entry == null ? "" : entry.strip();
            int eq = value.indexOf('=');
            if (eq <= 0 || !VARIABLE_NAME.matcher(value.substring(0, eq).trim()).matches()) {
                throw new IllegalArgumentException(Messages.StepLists_badVariable(field, value));
            }
            checked.add(value);
        }
        return List.copyOf(checked);
    }

    /**
     * Step arguments with a Groovy map given as {@code variables} ({@code [VERSION: '1.2']}) turned into the
     * {@code NAME=value} entries the step binds; any other arguments are returned as they are.
     */
    static Map<String, Object> withVariableMapAsEntries(Map<String, Object> arguments) {
        Object variables = arguments.get("variables");
        if (!(variables instanceof Map)) {
            return arguments;
        }
        List<String> entries = new ArrayList<>();
        for (Map.Entry<?, ?> variable : ((Map<?, ?>) variables).entrySet()) {
            Object value = variable.getValue();
            entries.add(variable.getKey() + "=" + (value == null ? "" : value));
        }
        Map<String, Object> converted = new LinkedHashMap<>(arguments);
        converted.put("variables", entries);
        return converted;
    }

    static Map<String, String> variableMap(List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return map;
    }

    /** Trimmed, non-empty identifiers, as an unmodifiable copy. */
    public static List<String> identifiers(@CheckForNull List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                cleaned.add(value.trim());
            }
        }
        return List.copyOf(cleaned);
    }
}
